package org.hearsay.lang.en.dependencies;

import static org.hearsay.lang.en.TestArticles.analyse;
import static org.hearsay.lang.en.TestArticles.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.pipeline.ParseScope;
import org.hearsay.core.pipeline.PipelineOptions;
import org.hearsay.core.model.Dependency;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Token;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.lang.en.EnglishLanguagePack;
import org.hearsay.lang.en.TestArticles;
import org.junit.jupiter.api.Test;

class EnglishDependencyStageTest {

    private static Set<Integer> parsedSentences(Analysis analysis) {
        List<Token> tokens = analysis.get(Layers.TOKENS);
        Set<Integer> sentences = new TreeSet<>();
        analysis.get(Layers.DEPENDENCIES).forEach(d -> sentences.add(tokens.get(d.dependent()).sentence()));
        return sentences;
    }

    @Test
    void parsesOnlySentencesHoldingAQuotation() {
        // 2: the quote "told" reporters; 4: what critics "say". The other sentences report nothing.
        assertEquals(Set.of(2, 4), parsedSentences(analyse(TestArticles.BRIDGE)));
        // 2: what the United Nations "said"; the title and the "welcomed" sentence report nothing.
        assertEquals(Set.of(2), parsedSentences(analyse(TestArticles.SUMMIT)));
    }

    @Test
    void canParseEverySentence() {
        Pipeline all = new Pipeline(new EnglishLanguagePack().stages(new PipelineOptions(ParseScope.ALL_SENTENCES)));
        Analysis analysis = all.analyze(TestArticles.article(TestArticles.BRIDGE));
        assertEquals(Set.of(0, 1, 2, 3, 4, 5), parsedSentences(analysis));
        assertNotEquals(TestArticles.pipeline().provenance().configHash(), all.provenance().configHash());
    }

    @Test
    void everyParsedSentenceIsATree() {
        Pipeline all = new Pipeline(new EnglishLanguagePack().stages(new PipelineOptions(ParseScope.ALL_SENTENCES)));
        Analysis analysis = all.analyze(TestArticles.article(TestArticles.SUMMIT));
        List<Dependency> edges = analysis.get(Layers.DEPENDENCIES);
        for (Sentence sentence : analysis.get(Layers.SENTENCES)) {
            List<Dependency> own = edges.stream()
                    .filter(d -> d.dependent() >= sentence.firstToken() && d.dependent() < sentence.endToken()).toList();
            // Each token is a dependent exactly once, in order, and exactly one is the root.
            assertEquals(sentence.endToken() - sentence.firstToken(), own.size());
            for (int i = 0; i < own.size(); i++) {
                assertEquals(sentence.firstToken() + i, own.get(i).dependent());
            }
            assertEquals(1, own.stream().filter(d -> d.head() == -1).count());
            for (Dependency d : own) {
                assertTrue(d.head() == -1 || d.head() >= sentence.firstToken() && d.head() < sentence.endToken(), d.toString());
                assertEquals(d.head() == -1, d.relation().equals("root"), d.toString());
            }
        }
    }

    @Test
    void findsSpeakerAndMessageOfAReportingVerb() {
        Analysis analysis = analyse(TestArticles.BRIDGE);
        List<Dependency> edges = analysis.get(Layers.DEPENDENCIES);
        int told = token(analysis, "told").index();
        int carter = token(analysis, "Carter").index();
        int afford = token(analysis, "afford").index();
        assertTrue(edges.contains(new Dependency(-1, told, "root")), edges.toString());
        assertTrue(edges.contains(new Dependency(told, carter, "nsubj")), edges.toString());
        assertTrue(edges.contains(new Dependency(told, afford, "ccomp")), edges.toString());
    }
}
