package org.hearsay.eval.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.hearsay.eval.Args;

/**
 * The child JVM of {@link Benchmark}: measures one system alone, so its heap figures are its own
 * and one system's JIT profile or garbage cannot slow the other. Writes a {@link WorkerResult}.
 */
public final class BenchWorker {
    private static final String PROBE = "Die Kanzlerin sagte am Montag in Berlin, sie sei zufrieden.";

    private final TextAnalyser analyser;
    private final List<WikinewsArticle> articles;
    private final List<Integer> measuredArticles = new ArrayList<>();
    private final List<Long> latencies = new ArrayList<>();

    private BenchWorker(TextAnalyser analyser, List<WikinewsArticle> articles) {
        this.analyser = analyser;
        this.articles = articles;
    }

    /** {@code --system S --corpus DIR --articles N --warmup W --min-articles M --min-seconds S --threads T --out FILE} */
    public static void main(String[] argv) throws IOException, InterruptedException {
        Args args = Args.parse(argv);
        BenchSystem system = BenchSystem.valueOf(args.get("system", "").toUpperCase(Locale.ROOT));
        List<WikinewsArticle> articles = WikinewsReader.read(Path.of(args.get("corpus", "")), args.getInt("articles", 0));
        int threads = args.getInt("threads", 1);
        int minArticles = args.getInt("min-articles", 0);
        double minSeconds = Double.parseDouble(args.get("min-seconds", "0"));

        HeapWatch heap = new HeapWatch();
        long loadStart = System.nanoTime();
        TextAnalyser analyser = system.load();
        analyser.analyse(PROBE);
        long loadNanos = System.nanoTime() - loadStart;

        for (int i = 0; i < args.getInt("warmup", 0); i++) {
            analyser.analyse(articles.get(i % articles.size()).text());
        }
        BenchWorker worker = new BenchWorker(analyser, articles);
        long cpuStart = processCpuNanos();
        long wallNanos = worker.measure(threads, minArticles == 0 ? articles.size() : minArticles, minSeconds);
        long cpuNanos = processCpuNanos() - cpuStart;
        long peakUsed = heap.peakUsed();
        long retained = heap.retainedAfterFullGc();
        Reference.reachabilityFence(analyser);

        WorkerResult result = new WorkerResult(system.name(), threads, loadNanos, worker.measuredArticles,
                worker.latencies, wallNanos, cpuNanos, peakUsed, heap.peakAfterGc(), retained, HeapWatch.maxHeap());
        new ObjectMapper().writeValue(Path.of(args.get("out", "")).toFile(), result);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Runs analyses on {@code threads} threads until both minimums are met; returns the wall time. */
    private long measure(int threads, int minArticles, double minSeconds) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long start = System.nanoTime();
        long deadline = start + (long) (minSeconds * 1e9);
        List<Thread> pool = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            pool.add(Thread.ofPlatform().name("bench-" + t).start(() -> {
                for (int job = next.getAndIncrement(); failure.get() == null
                        && (job < minArticles || System.nanoTime() < deadline); job = next.getAndIncrement()) {
                    int article = job % articles.size();
                    long t0 = System.nanoTime();
                    try {
                        analyser.analyse(articles.get(article).text());
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, new IllegalStateException(
                                "analysis of " + articles.get(article).name() + " failed", e));
                    }
                    record(article, System.nanoTime() - t0);
                }
            }));
        }
        for (Thread thread : pool) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return System.nanoTime() - start;
    }

    private synchronized void record(int article, long nanos) {
        measuredArticles.add(article);
        latencies.add(nanos);
    }
}
