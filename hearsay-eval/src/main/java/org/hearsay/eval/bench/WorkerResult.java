package org.hearsay.eval.bench;

import java.util.List;

/**
 * What a benchmark worker JVM measured, passed back to the parent as JSON.
 *
 * @param loadNanos        constructing the system and analysing one short sentence, so that models
 *                         a system loads lazily on first use are counted as loading, not as latency
 * @param articles         index into the article list of each measured analysis, in completion order
 * @param latencyNanos     the matching analysis times
 * @param wallNanos        from the first measured analysis starting to the last one ending
 * @param cpuNanos         CPU time of the whole worker process over the same interval, GC and JIT
 *                         threads included: unlike wall time, barely changed by other programs
 *                         competing for the cores
 * @param peakUsedBytes    see {@link HeapWatch}
 * @param peakAfterGcBytes see {@link HeapWatch}
 * @param retainedBytes    heap in use after a final full GC, models still loaded
 * @param maxHeapBytes     the worker's heap limit
 */
public record WorkerResult(String system, int threads, long loadNanos, List<Integer> articles,
                           List<Long> latencyNanos, long wallNanos, long cpuNanos, long peakUsedBytes, long peakAfterGcBytes,
                           long retainedBytes, long maxHeapBytes) {
}
