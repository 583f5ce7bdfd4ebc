package org.hearsay.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;
import org.junit.jupiter.api.Test;

/** Hearsay's quotations re-marked the way the Wikinews corpus marks them; invented sentences, no pipeline. */
class WikinewsConventionsTest {
    private static final String FIRST = "Den Plan nannte Anna einen großen Fehler.";
    private static final String SECOND = "Sie sei über „die vielen leeren Versprechen“ enttäuscht.";
    private static final String THIRD = "Nach Angaben der Polizei blieb die Straße gesperrt.";
    private static final String TEXT = FIRST + " " + SECOND + " " + THIRD;
    private static final List<Sentence> SENTENCES = List.of(
            new Sentence(0, span(FIRST), 0, 0), new Sentence(1, span(SECOND), 0, 0), new Sentence(2, span(THIRD), 0, 0));

    private static Span span(String part) {
        int start = TEXT.indexOf(part);
        return new Span(start, start + part.length());
    }

    private static PredictedQuotation predicted(QuoteType type, String quote, String speaker, String cue) {
        return new PredictedQuotation(type, "Speech", Map.of(Role.QUOTE, List.of(span(quote)),
                Role.SPEAKER, speaker == null ? List.of() : List.of(span(speaker)), Role.CUE, cue == null ? List.of() : List.of(span(cue))));
    }

    private static List<PredictedQuotation> apply(PredictedQuotation p) {
        return new WikinewsConventions(TEXT, SENTENCES).apply(List.of(p));
    }

    @Test
    void reportedSpeechSpansItsWholeSentence() {
        List<PredictedQuotation> out = apply(predicted(QuoteType.REPORTED, "einen großen Fehler", "Anna", "nannte"));
        assertEquals(List.of(span(FIRST)), out.getFirst().spans(Role.QUOTE));
        assertEquals(List.of(span("Anna")), out.getFirst().spans(Role.SPEAKER));
    }

    @Test
    void freeIndirectTakesItsFinalPunctuationAndQuotedWordsNestAsDirect() {
        List<PredictedQuotation> out = apply(predicted(QuoteType.INDIRECT_FREE_INDIRECT,
                "Sie sei über „die vielen leeren Versprechen“ enttäuscht", "Anna", null));
        assertEquals(2, out.size());
        assertEquals(List.of(span(SECOND)), out.get(0).spans(Role.QUOTE));
        PredictedQuotation nested = out.get(1);
        assertEquals(QuoteType.DIRECT, nested.type());
        assertEquals(List.of(span("„die vielen leeren Versprechen“")), nested.spans(Role.QUOTE));
        assertEquals(List.of(span("Anna")), nested.spans(Role.SPEAKER));
    }

    @Test
    void aDirectQuoteGetsNoNestedCopyOfItself() {
        List<PredictedQuotation> out = apply(predicted(QuoteType.DIRECT, "„die vielen leeren Versprechen“", "Anna", null));
        assertEquals(1, out.size());
    }

    @Test
    void theNounOfAnAttributionJoinsItsSpeaker() {
        List<PredictedQuotation> out = apply(predicted(QuoteType.INDIRECT, "blieb die Straße gesperrt", "der Polizei",
                "Nach Angaben"));
        assertEquals(List.of(span("Angaben der Polizei")), out.getFirst().spans(Role.SPEAKER));
    }

    @Test
    void aSpeakerAwayFromTheCueStaysAsItIs() {
        List<PredictedQuotation> out = apply(predicted(QuoteType.INDIRECT, "blieb die Straße gesperrt", "Anna", "Nach Angaben"));
        assertEquals(List.of(span("Anna")), out.getFirst().spans(Role.SPEAKER));
    }
}
