package org.hearsay.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hearsay.core.model.Span;
import org.junit.jupiter.api.Test;

class QuoteMarksBaselineTest {

    private static List<String> quotes(String text) {
        return QuoteMarksBaseline.find(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void findsGermanEnglishAndStraightMarks() {
        assertEquals(List.of("„Nein“", "“Yes”", "\"Vielleicht\"", "»Gut«"),
                quotes("Er sagte: „Nein“. She said: “Yes”. Dann: \"Vielleicht\" und »Gut«."));
    }

    @Test
    void aQuoteDoesNotCrossALineBreakAndInnerMarksAreText() {
        assertEquals(List.of("„Danach“"), quotes("„Offen\nund „Danach“"));
        assertEquals(List.of("„Er nannte es \"gut\"“"), quotes("„Er nannte es \"gut\"“"));
    }

    @Test
    void everyFindIsADirectQuotationWithoutOtherRoles() {
        List<PredictedQuotation> found = new QuoteMarksBaseline().predict(EvalArticles.of("t", "de", "A „b“ c"));
        assertEquals(1, found.size());
        PredictedQuotation q = found.getFirst();
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals(null, q.medium());
        assertEquals(List.of(new Span(2, 5)), q.spans(Role.QUOTE));
        assertEquals(List.of(), q.spans(Role.SPEAKER));
    }
}
