package org.hearsay.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteEvaluationTest {

    private static QuoteEvalOptions baselineOn(Path wikinews, Path polnear, Set<QuoteCorpus> corpora, Path writeTo) {
        return new QuoteEvalOptions(wikinews, polnear, corpora, Set.of(QuoteSystemKind.BASELINE), 0, writeTo);
    }

    @Test
    void baselineOnTheWikinewsFixture(@TempDir Path out) throws IOException {
        QuoteReport report = QuoteEvaluation.run(baselineOn(WikinewsFixture.folder(), out.resolve("absent"),
                Set.of(QuoteCorpus.WIKINEWS), out));
        CorpusRun run = report.corpora().getFirst();
        assertEquals(1, run.documents());
        QuoteScores s = run.systems().getFirst().scores();
        // The baseline finds „Wir kommen“ (tokens 0–3) and „morgen.“ (9–12). Only one can pair with
        // the two-piece gold quote (F1 2·4/12); the Indirect gold quotation shares no token with the other.
        assertEquals(2, s.gold());
        assertEquals(2, s.predicted());
        assertEquals(1, s.paired());
        assertEquals(0.5, s.messages().precision(), 1e-12);
        assertEquals(0.25, s.messages().recall(), 1e-12);
        // No roles predicted: both pooled and speaker score 0.
        assertEquals(0, s.roles().f1());
        assertEquals(0, s.role(Role.SPEAKER).f1());
        // joint: 4 of 4 predicted tokens, of 8 quote + 6 role tokens.
        assertEquals(0.5, s.joint().precision(), 1e-12);
        assertEquals(4.0 / 14 / 2, s.joint().recall(), 1e-12);
        assertEquals(new LabelScore(1, 2, 2), s.type());
        assertEquals(new LabelScore(0, 2, 2), s.medium());
        assertTrue(Files.isRegularFile(out.resolve("baseline").resolve(WikinewsFixture.FILE)));
        String text = report.toText();
        assertTrue(text.contains("quotation marks baseline"), text);
        assertTrue(text.contains("50.0  25.0  33.3"), text);
    }

    @Test
    void missingCorporaAreSkippedWithANotice(@TempDir Path dir) throws IOException {
        QuoteReport report = QuoteEvaluation.run(baselineOn(dir.resolve("no-wikinews"), dir.resolve("no-polnear"),
                Set.of(QuoteCorpus.values()), null));
        assertEquals(2, report.corpora().size());
        assertTrue(report.corpora().stream().allMatch(r -> r.skipped() != null));
        String text = report.toText();
        assertTrue(text.contains("German Wikinews quotations (" + dir.resolve("no-wikinews") + "): skipped"), text);
        assertTrue(text.contains("PolNeAR attributions (" + dir.resolve("no-polnear") + "): skipped"), text);
    }

    @Test
    void baselineOnAPolnearPair(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        // Invented: the content is the quoted words with their marks, so the baseline matches it exactly.
        Files.writeString(dir.resolve("text/a.txt"), "“We won,” Smith said. Jones called it luck.");
        Files.writeString(dir.resolve("attributions/a_x1.ann"), """
                T1\tContent 0 9\t“We won,”
                T2\tSource 10 15\tSmith
                T3\tCue 16 20\tsaid
                E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2
                T4\tSource 22 27\tJones
                T5\tCue 28 34\tcalled
                T6\tContent 35 42\tit luck
                E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4
                """);
        QuoteReport report = QuoteEvaluation.run(baselineOn(dir.resolve("none"), dir, Set.of(QuoteCorpus.POLNEAR), null));
        QuoteScores s = report.corpora().getFirst().systems().getFirst().scores();
        assertEquals(2, s.gold());
        assertEquals(1, s.predicted());
        assertEquals(1, s.messages().precision(), 1e-12);
        assertEquals(0.5, s.messages().recall(), 1e-12);
        assertEquals(0, s.role(Role.SPEAKER).recall());
        assertTrue(report.toText().contains("0 of 1 articles have several annotation files"), report.toText());
    }
}
