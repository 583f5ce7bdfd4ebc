package org.hearsay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval commands reach their evaluations with the options given on the command line. */
class EvalCommandTest {
    @TempDir
    Path dir;

    @Test
    void nerScoresBothSystemsOnTheGivenFile() throws IOException {
        Path corpus = dir.resolve("mini.tsv");
        Files.writeString(corpus, """
                #\thttp://example.org/a\t[2024-01-01]
                1\tAngela\tB-PER\tO
                2\tMerkel\tI-PER\tO
                3\tbesuchte\tO\tO
                4\tParis\tB-LOC\tO
                5\t.\tO\tO

                """);
        CliRun run = CliRun.of("eval", "ner", "--corpus", corpus.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("CoreNLP German CRF"), run.out());
        assertTrue(run.out().contains("Hearsay German pipeline"), run.out());
        assertTrue(run.out().contains(", 1 sentences"), run.out());
    }

    @Test
    void reportsReachAStreamThatIsOnlyFlushedOnNewlines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter out = new PrintWriter(bytes, true);
        int code = Main.run(new String[] {"eval", "quotes", "--corpora", "wikinews", "--systems", "baseline",
                "--wikinews", dir.resolve("absent").toString()}, out, new PrintWriter(OutputStream.nullOutputStream()));
        assertEquals(0, code);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("skipped"));
    }

    @Test
    void quotesSkipsWithANoticeWhenTheCorpusIsAbsent() {
        CliRun run = CliRun.of("eval", "quotes", "--corpora", "wikinews", "--systems", "baseline",
                "--wikinews", dir.resolve("absent").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("skipped"), run.out());
    }
}
