package org.hearsay.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Span;
import org.junit.jupiter.api.Test;

/** The mapping of Hearsay's quotation records onto the corpus conventions; no pipeline is run. */
class HearsayQuotationSystemTest {
    private static final String TEXT = "Anna sagte: „Wir kommen.“ Sie sei froh. Man soll warten.";

    private static Span span(String part) {
        int start = TEXT.indexOf(part);
        return new Span(start, start + part.length());
    }

    private static Quotation quotation(Quotation.Type type, Span content, Span speaker, String source) {
        return new Quotation(type, List.of(content), null, null, null, speaker, null, Quotation.Medium.SPEECH, source,
                false, List.of());
    }

    @Test
    void directContentIsWidenedToItsMarks() {
        PredictedQuotation p = HearsayQuotationSystem.map(
                quotation(Quotation.Type.DIRECT, span("Wir kommen."), span("Anna"), null), Map.of(), TEXT);
        assertEquals(List.of(span("„Wir kommen.“")), p.spans(Role.QUOTE));
        assertEquals(List.of(span("Anna")), p.spans(Role.SPEAKER));
        assertEquals(QuoteType.DIRECT, p.type());
        assertEquals("Speech", p.medium());
        assertEquals(List.of(), p.spans(Role.CUE));
    }

    @Test
    void contentWithoutMarksIsKept() {
        assertEquals(span("Sie sei froh."), HearsayQuotationSystem.withMarks(span("Sie sei froh."), TEXT));
    }

    @Test
    void aCarriedOverSpeakerIsTheSourcesLastMentionBeforeTheQuote() {
        // Mentions of source s1: "Anna", and a later one after the quote.
        Map<String, List<Span>> mentions = Map.of("s1", List.of(span("Anna"), new Span(50, 53)));
        PredictedQuotation p = HearsayQuotationSystem.map(
                quotation(Quotation.Type.FREE_INDIRECT, span("Sie sei froh."), null, "s1"), mentions, TEXT);
        assertEquals(List.of(span("Anna")), p.spans(Role.SPEAKER));
        assertEquals(QuoteType.INDIRECT_FREE_INDIRECT, p.type());
    }

    @Test
    void freeIndirectWithSollenIsTheReportativeClass() {
        PredictedQuotation p = HearsayQuotationSystem.map(
                quotation(Quotation.Type.FREE_INDIRECT, span("Man soll warten."), null, null), Map.of(), TEXT);
        assertEquals(QuoteType.FREE_INDIRECT, p.type());
        assertEquals(List.of(), p.spans(Role.SPEAKER));
    }

    @Test
    void mixedCountsAsIndirect() {
        PredictedQuotation p = HearsayQuotationSystem.map(
                quotation(Quotation.Type.MIXED, span("Sie sei froh."), null, null), Map.of(), TEXT);
        assertEquals(QuoteType.INDIRECT, p.type());
    }
}
