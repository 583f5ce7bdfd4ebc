package org.hearsay.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private static List<String> contents(String text) {
        return QuoteMarks.scan(text).stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void everyConventionPairsItsMarks() {
        assertEquals(List.of("ja"), contents("Er sagte „ja“ dazu."));
        assertEquals(List.of("ja"), contents("Er sagte »ja« dazu."));
        assertEquals(List.of("ja"), contents("Il a dit «ja» hier."));
        assertEquals(List.of("ja"), contents("He said “ja” today."));
        assertEquals(List.of("ja"), contents("Er sagte \"ja\" dazu."));
        assertEquals(List.of("ja"), contents("Er sagte ‚ja‘ dazu."));
        assertEquals(List.of("ja"), contents("He said ‘ja’ today."));
        assertEquals(List.of("ja"), contents("Er sagte ›ja‹ dazu."));
        assertEquals(List.of("ja"), contents("Han sa ”ja” idag."));
        assertEquals(List.of("ja"), contents("Er sagte „ja” dazu."));
        assertEquals(List.of("ja"), contents("Er sagte „ja\" dazu."));
    }

    @Test
    void nestedQuotesHaveDepth() {
        String text = "„Er nannte es ‚absurd‘ und »falsch«“, sagte sie.";
        List<QuotedSpan> quotes = QuoteMarks.scan(text);
        assertEquals(3, quotes.size());
        assertEquals("Er nannte es ‚absurd‘ und »falsch«", quotes.get(0).content().of(text));
        assertEquals(0, quotes.get(0).depth());
        assertEquals("absurd", quotes.get(1).content().of(text));
        assertEquals(1, quotes.get(1).depth());
        assertEquals(1, quotes.get(2).depth());
        assertTrue(quotes.stream().noneMatch(QuotedSpan::unclosed));
    }

    @Test
    void straightQuotesInsideGermanQuotesOpenRatherThanClose() {
        String text = "„Sie habe \"nachgegeben\", hieß es“, sagte er.";
        List<QuotedSpan> quotes = QuoteMarks.scan(text);
        assertEquals("Sie habe \"nachgegeben\", hieß es", quotes.get(0).content().of(text));
        assertEquals("nachgegeben", quotes.get(1).content().of(text));
    }

    @Test
    void unclosedQuoteEndsAtTheParagraph() {
        String text = "Er sagte: „Wir kommen morgen.\nNeuer Absatz ohne Zitat.";
        List<QuotedSpan> quotes = QuoteMarks.scan(text);
        assertEquals(1, quotes.size());
        assertTrue(quotes.get(0).unclosed());
        assertEquals(-1, quotes.get(0).close());
        assertEquals("Wir kommen morgen.", quotes.get(0).content().of(text));
    }

    @Test
    void closingAnOuterQuoteEndsTheUnclosedInnerOne() {
        String text = "„Er sagte ‚nie wieder“, so der Bericht.";
        List<QuotedSpan> quotes = QuoteMarks.scan(text);
        assertEquals(2, quotes.size());
        assertFalse(quotes.get(0).unclosed());
        assertEquals("Er sagte ‚nie wieder", quotes.get(0).content().of(text));
        assertTrue(quotes.get(1).unclosed());
        assertEquals("nie wieder", quotes.get(1).content().of(text));
    }

    @Test
    void apostrophesAndStrayClosingMarksAreNoQuotes() {
        assertEquals(List.of(), contents("Putin’s Plan und geht's gut; Max' Hund."));
        assertEquals(List.of(), contents("Hier steht nur ein “ und ein « allein."));
    }

    @Test
    void adversarialInputsNeverCrashOrLoop() {
        String marks = "\"'„“”‚‘’»«›‹‟‛ \n.a";
        Random random = new Random(42);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int round = 0; round < 2000; round++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(200);
                for (int i = 0; i < length; i++) {
                    text.append(marks.charAt(random.nextInt(marks.length())));
                }
                String s = text.toString();
                for (QuotedSpan q : QuoteMarks.scan(s)) {
                    assertTrue(q.content().end() <= s.length());
                    assertTrue(q.open() < q.content().start() || q.content().length() == 0);
                    assertEquals(q.close() < 0, q.unclosed());
                    assertFalse(q.content().of(s).contains("\n"), s);
                }
            }
        });
        assertEquals(List.of(), contents(""));
        String onlyOpenings = "„".repeat(10_000);
        assertTrue(QuoteMarks.scan(onlyOpenings).stream().allMatch(QuotedSpan::unclosed));
        assertEquals(List.of(""), contents("„“"));
    }

    @Test
    void scanningARangeIgnoresMarksOutsideIt() {
        String text = "„eins“ und „zwei“";
        List<QuotedSpan> quotes = QuoteMarks.scan(text, 10, text.length());
        assertEquals(1, quotes.size());
        assertEquals("zwei", quotes.get(0).content().of(text));
    }
}
