package org.hearsay.lang.de;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Token;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's motivating article (kept outside the repository; skipped when absent). */
class SeedArticleTest {
    private static Analysis analysis;

    @BeforeAll
    static void analyseSeed() throws Exception {
        Optional<String> text = GermanText.seedArticle();
        if (text.isEmpty()) {
            System.out.println("SeedArticleTest skipped: ../shared/seed/000_2a976e1a81791f92.txt not found");
        }
        Assumptions.assumeTrue(text.isPresent(), "seed article not found");
        analysis = GermanText.analyse(text.get());
    }

    @Test
    void noSentenceCrossesALine() {
        for (Sentence s : analysis.get(Layers.SENTENCES)) {
            assertFalse(analysis.textOf(s.span()).contains("\n"), analysis.textOf(s.span()));
        }
        List<String> sentences = GermanText.sentenceTexts(analysis);
        assertTrue(sentences.contains("12.11.2024 08:09"));
        assertTrue(sentences.contains("Verdrängung bis zum Neujahr geplant"));
    }

    @Test
    void subjunctivesOfReportedSpeechAreFound() {
        for (String form : List.of("sei", "erwecke", "habe", "erscheine", "würden", "wäre", "würde")) {
            Token t = GermanText.token(analysis, form);
            assertEquals("Sub", t.feature("Mood"), form);
            assertEquals("Fin", t.feature("VerbForm"), form);
            assertTrue(t.pos().endsWith("FIN"), form + " " + t.pos());
        }
        assertEquals("Pres", GermanText.token(analysis, "erscheine").feature("Tense"));
        assertEquals("Past", GermanText.token(analysis, "würden").feature("Tense"));
        for (String form : List.of("berichtet", "sagen", "betonte", "bezeichnete", "versprach")) {
            assertEquals("Ind", GermanText.token(analysis, form).feature("Mood"), form);
        }
    }

    @Test
    void reportingVerbsHaveTheirLemmas() {
        assertEquals("feststellen", GermanText.token(analysis, "stellte").lemma());
        assertEquals("berichten", GermanText.token(analysis, "berichtete").lemma());
        assertEquals("berufen", GermanText.token(analysis, "beruft").lemma());
        assertEquals("antreten", GermanText.token(analysis, "antritt").lemma());
    }

    @Test
    void everySentenceIsATree() {
        GermanDependencyStageTest.assertTrees(analysis);
    }
}
