package org.hearsay.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Provenance;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;
import org.junit.jupiter.api.Test;

class AttributedSentencesTest {
    static final String TEXT = "Es regnet. „Wir bleiben. Sicher.“ Sie lachte. Anna sagte das.";

    static Analysis withQuotations(List<Quotation> quotations) {
        Article article = new Article("x", "mem", "text", null, null, null, null, null, "de", TEXT, List.of());
        List<Sentence> sentences = List.of(
                new Sentence(0, span("Es regnet."), 0, 0),
                new Sentence(1, span("„Wir bleiben."), 0, 0),
                new Sentence(2, span("Sicher.“"), 0, 0),
                new Sentence(3, span("Sie lachte."), 0, 0),
                new Sentence(4, span("Anna sagte das."), 0, 0));
        return Analysis.of(article, new Provenance("t", "t", List.of()))
                .with(Layers.SENTENCES, sentences)
                .with(Layers.QUOTATIONS, quotations);
    }

    static Span span(String part) {
        int start = TEXT.indexOf(part);
        return new Span(start, start + part.length());
    }

    static BitSet bits(int... indices) {
        BitSet set = new BitSet();
        for (int i : indices) {
            set.set(i);
        }
        return set;
    }

    @Test
    void aQuoteOverSeveralSentencesMarksEachAndRolesMarkTheirOwn() {
        Quotation direct = new Quotation(Quotation.Type.DIRECT, List.of(span("Wir bleiben. Sicher.")), span("sagte"),
                "sagen", null, span("Anna"), null, Quotation.Medium.SPEECH, null, false, List.of());
        assertEquals(bits(1, 2, 4), AttributedSentences.of(withQuotations(List.of(direct))));
    }

    @Test
    void noQuotationsMarkNothing() {
        assertEquals(new BitSet(), AttributedSentences.of(withQuotations(List.of())));
    }
}
