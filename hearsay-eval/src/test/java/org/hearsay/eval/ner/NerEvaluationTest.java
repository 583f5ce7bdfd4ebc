package org.hearsay.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerEvaluationTest {

    @Test
    void missingCorpusIsSkippedWithANotice(@TempDir Path dir) {
        NerReport report = NerEvaluation.run(new NerEvalOptions(dir.resolve("absent.tsv"), 0, Set.of(NerSystem.CORENLP)));
        assertNotNull(report.skipped());
        assertTrue(report.toText().contains("skipped"), report.toText());
        assertTrue(report.systems().isEmpty());
    }

    @Test
    void coreNlpBaselineIsScoredOnAnInventedFile(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("mini.tsv");
        Files.writeString(corpus, """
                #	invented
                1	Angela	B-PER	O
                2	Merkel	I-PER	O
                3	besuchte	O	O
                4	am	O	O
                5	Montag	O	O
                6	die	O	O
                7	Siemens	B-ORG	O
                8	AG	I-ORG	O
                9	in	O	O
                10	München	B-LOC	O
                11	.	O	O
                """);
        NerReport report = NerEvaluation.run(new NerEvalOptions(corpus, 0, Set.of(NerSystem.CORENLP)));
        assertEquals(1, report.sentences());
        SystemScore score = report.systems().get(0);
        // The CRF finds all three here; this guards the token preprocessing its features need.
        assertEquals(new TypeScore("all", 3, 3, 3), score.micro());
        assertTrue(report.toText().contains("100.00"), report.toText());
    }
}
