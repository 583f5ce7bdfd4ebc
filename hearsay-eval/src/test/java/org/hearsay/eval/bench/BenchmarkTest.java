package org.hearsay.eval.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkTest {

    @Test
    void missingCorpusIsSkippedWithANotice(@TempDir Path dir) {
        BenchReport report = Benchmark.run(new BenchOptions(dir.resolve("absent"), 0, 0, 0, 0, 1, "1g",
                Set.of(BenchSystem.CORENLP)));
        assertTrue(report.systems().isEmpty());
        assertTrue(report.toText().contains("skipped"), report.toText());
    }
}
