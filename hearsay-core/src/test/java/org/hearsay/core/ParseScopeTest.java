package org.hearsay.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Provenance;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;
import org.hearsay.core.pipeline.ParseScope;
import org.junit.jupiter.api.Test;

class ParseScopeTest {
    static Analysis threeSentencesNoQuotation() {
        String text = "Eins. Zwei. Drei.";
        Article article = new Article("x", "mem", "text", null, null, null, null, null, "de", text, List.of());
        return Analysis.of(article, new Provenance("t", "t", List.of()))
                .with(Layers.SENTENCES, List.of(new Sentence(0, new Span(0, 5), 0, 0),
                        new Sentence(1, new Span(6, 11), 0, 0), new Sentence(2, new Span(12, 17), 0, 0)))
                .with(Layers.QUOTATIONS, List.of());
    }

    @Test
    void allSentencesChoosesEverySentenceAndAttributedOnlyThoseWithQuotations() {
        Analysis a = threeSentencesNoQuotation();
        BitSet all = new BitSet();
        all.set(0, 3);
        assertEquals(all, ParseScope.ALL_SENTENCES.sentences(a));
        assertEquals(new BitSet(), ParseScope.ATTRIBUTED_SENTENCES.sentences(a));
    }

    @Test
    void onlyTheAttributedScopeReadsQuotations() {
        assertTrue(ParseScope.ATTRIBUTED_SENTENCES.reads().contains(Layers.QUOTATIONS));
        assertEquals(Set.of(Layers.SENTENCES), ParseScope.ALL_SENTENCES.reads());
    }
}
