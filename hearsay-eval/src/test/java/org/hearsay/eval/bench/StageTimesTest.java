package org.hearsay.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.core.pipeline.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageTimesTest {

    @Test
    void everyGermanStageGetsARowAndTheSharesAddUp(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("dev"));
        // Invented, in the corpus layout: the reader needs only originalText.
        Files.writeString(dir.resolve("dev/1.json"), """
                {"documentName": "1", "originalText": "Der Bürgermeister sagte am Montag, die Brücke werde bis Ende Mai gesperrt."}
                """);
        String report = StageTimes.run(dir, 0);

        List<String> stages = Analyzer.installed().pipeline("de").stages().stream().map(Stage::name).toList();
        double shares = 0;
        for (String stage : stages) {
            String row = report.lines().filter(l -> l.startsWith(stage + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + stage + ":\n" + report));
            String[] cells = row.trim().split("\\s+");
            shares += Double.parseDouble(cells[cells.length - 1]);
        }
        assertEquals(100.0, shares, 0.5, report);
        assertTrue(report.contains("1 Wikinews texts"), report);
    }

    @Test
    void anEmptyFolderIsSkippedWithANotice(@TempDir Path dir) {
        assertTrue(StageTimes.run(dir, 0).contains("skipped"));
    }
}
