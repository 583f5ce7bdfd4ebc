package org.hearsay.eval.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hearsay.eval.Environment;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static SystemFigures figures(BenchSystem system, double tokensPerSecond, double p50, double peakMiB) {
        return new SystemFigures(system, 1, 10, 100, 1000, 1000 / tokensPerSecond, tokensPerSecond, 1,
                tokensPerSecond, p50, 2 * p50, peakMiB, peakMiB / 2, peakMiB / 4, 4096, "0.50 0.40 0.30");
    }

    @Test
    void comparesEachHearsaySystemWithCoreNlp() {
        BenchOptions options = new BenchOptions(Path.of("corpus"), 0, 5, 0, 0, 1, "4g",
                Set.of(BenchSystem.HEARSAY, BenchSystem.CORENLP));
        BenchReport report = new BenchReport(options, Environment.current(), 100, 1000, List.of(
                figures(BenchSystem.HEARSAY, 2000, 50, 1000),
                figures(BenchSystem.CORENLP, 1000, 200, 2000)), null);
        String text = report.toText();
        assertTrue(text.contains(BenchSystem.HEARSAY.title() + " / CoreNLP: throughput x2.00 (per CPU-second x2.00),"
                + " p50 latency x0.25"), text);
        assertTrue(text.contains("peak heap x0.50"), text);
        assertTrue(text.contains("load average"), text);
    }

    @Test
    void withoutCoreNlpThereIsNoRatio() {
        BenchOptions options = new BenchOptions(Path.of("corpus"), 0, 5, 0, 0, 1, "4g", Set.of(BenchSystem.HEARSAY));
        BenchReport report = new BenchReport(options, Environment.current(), 100, 1000,
                List.of(figures(BenchSystem.HEARSAY, 2000, 50, 1000)), null);
        assertFalse(report.toText().contains("/ CoreNLP"), report.toText());
    }
}
