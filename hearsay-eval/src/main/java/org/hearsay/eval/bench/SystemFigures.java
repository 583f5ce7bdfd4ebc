package org.hearsay.eval.bench;

/**
 * One system's benchmark figures, derived from its {@link WorkerResult}.
 *
 * @param analyses           measured analyses (articles, counting replays)
 * @param tokens             CoreNLP German tokens in those analyses
 * @param tokensPerSecond    per worker thread (= per core while threads ≤ cores)
 * @param articlesPerSecond  per worker thread
 * @param tokensPerCpuSecond tokens per second of the worker process's CPU time (all its threads)
 * @param loadAverage        the machine's load average when the run ended: above the number of
 *                           worker threads, other programs took CPU and wall-time figures suffer
 */
public record SystemFigures(BenchSystem system, int threads, double loadSeconds, int analyses, long tokens,
                            double seconds, double tokensPerSecond, double articlesPerSecond, double tokensPerCpuSecond,
                            double p50Millis, double p99Millis, double peakUsedMiB, double peakAfterGcMiB,
                            double retainedMiB, double maxHeapMiB, String loadAverage) {

    static SystemFigures of(BenchSystem system, WorkerResult result, int[] tokensPerArticle, String loadAverage) {
        long tokens = result.articles().stream().mapToLong(a -> tokensPerArticle[a]).sum();
        long[] latencies = result.latencyNanos().stream().mapToLong(Long::longValue).toArray();
        double seconds = result.wallNanos() / 1e9;
        int n = latencies.length;
        return new SystemFigures(system, result.threads(), result.loadNanos() / 1e9, n, tokens, seconds,
                tokens / seconds / result.threads(), n / seconds / result.threads(), tokens / (result.cpuNanos() / 1e9),
                Percentiles.of(latencies, 50) / 1e6, Percentiles.of(latencies, 99) / 1e6,
                mib(result.peakUsedBytes()), mib(result.peakAfterGcBytes()), mib(result.retainedBytes()),
                mib(result.maxHeapBytes()), loadAverage);
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
