package org.hearsay.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SystemFiguresTest {

    @Test
    void throughputCountsTokensOfEveryMeasuredAnalysisPerThread() {
        int[] tokensPerArticle = {100, 300};
        // Article 0 twice (a replay) and article 1 once, in 2 s of wall time on 2 threads.
        WorkerResult result = new WorkerResult("HEARSAY", 2, 3_000_000_000L, List.of(0, 1, 0),
                List.of(10_000_000L, 30_000_000L, 20_000_000L), 2_000_000_000L, 5_000_000_000L,
                512L << 20, 256L << 20, 128L << 20, 1024L << 20);
        SystemFigures f = SystemFigures.of(BenchSystem.HEARSAY, result, tokensPerArticle, "1.00 0.50 0.20");
        assertEquals(3, f.analyses());
        assertEquals(500, f.tokens());
        assertEquals(125.0, f.tokensPerSecond(), 1e-9);
        assertEquals(0.75, f.articlesPerSecond(), 1e-9);
        assertEquals(100.0, f.tokensPerCpuSecond(), 1e-9);
        assertEquals(20.0, f.p50Millis(), 1e-9);
        assertEquals(30.0, f.p99Millis(), 1e-9);
        assertEquals(3.0, f.loadSeconds(), 1e-9);
        assertEquals(512.0, f.peakUsedMiB(), 1e-9);
        assertEquals(128.0, f.retainedMiB(), 1e-9);
    }
}
