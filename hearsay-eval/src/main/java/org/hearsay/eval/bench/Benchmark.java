package org.hearsay.eval.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hearsay.eval.Environment;

/**
 * {@code hearsay bench}: whole-article throughput, latency and heap of Hearsay's German analysis
 * and, in the same run, of the full CoreNLP German pipeline. Each system runs in a child JVM of
 * its own (see {@link BenchWorker}), one after the other, on the same articles.
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static BenchReport run(BenchOptions options) {
        if (!Files.isDirectory(options.corpus())) {
            return BenchReport.skipped(options, "corpus folder " + options.corpus() + " not found");
        }
        List<WikinewsArticle> articles = WikinewsReader.read(options.corpus(), options.articles());
        if (articles.isEmpty()) {
            return BenchReport.skipped(options, "no *.json articles below " + options.corpus());
        }
        Environment environment = Environment.current();
        TokenCounter counter = new TokenCounter();
        int[] tokens = articles.stream().mapToInt(a -> counter.count(a.text())).toArray();
        List<SystemFigures> figures = new ArrayList<>();
        for (BenchSystem system : BenchSystem.values()) {
            if (options.systems().contains(system)) {
                figures.add(SystemFigures.of(system, runWorker(system, options), tokens, Environment.currentLoadAverage()));
            }
        }
        return new BenchReport(options, environment, articles.size(), Arrays.stream(tokens).asLongStream().sum(),
                figures, null);
    }

    private static WorkerResult runWorker(BenchSystem system, BenchOptions options) {
        try {
            Path out = Files.createTempFile("hearsay-bench-" + system.name().toLowerCase(Locale.ROOT), ".json");
            Path log = Files.createTempFile("hearsay-bench-" + system.name().toLowerCase(Locale.ROOT), ".log");
            try {
                Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + options.heap(),
                        "-cp", System.getProperty("java.class.path"),
                        BenchWorker.class.getName(),
                        "--system", system.name(),
                        "--corpus", options.corpus().toString(),
                        "--articles", String.valueOf(options.articles()),
                        "--warmup", String.valueOf(options.warmup()),
                        "--min-articles", String.valueOf(options.minArticles()),
                        "--min-seconds", String.valueOf(options.minSeconds()),
                        "--threads", String.valueOf(options.threads()),
                        "--out", out.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
                int exit = process.waitFor();
                if (exit != 0) {
                    throw new IllegalStateException(system.title() + " worker failed (exit " + exit + "):\n" + tail(log));
                }
                return new ObjectMapper().readValue(out.toFile(), WorkerResult.class);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + system.title() + " was measured", e);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
