package org.hearsay.eval.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearsay.eval.Environment;
import org.hearsay.eval.Table;

/**
 * Result of {@code hearsay bench}. {@code skipped} is set (and there are no figures) when the
 * corpus was not found.
 *
 * @param articles distinct articles used
 * @param tokens   CoreNLP German tokens in those articles (one pass)
 */
public record BenchReport(BenchOptions options, Environment environment, int articles, long tokens,
                          List<SystemFigures> systems, String skipped) {
    public BenchReport {
        systems = List.copyOf(systems);
    }

    public static BenchReport skipped(BenchOptions options, String why) {
        return new BenchReport(options, Environment.current(), 0, 0, List.of(), why);
    }

    public Optional<SystemFigures> figures(BenchSystem system) {
        return systems.stream().filter(s -> s.system() == system).findFirst();
    }

    public String toText() {
        if (skipped != null) {
            return "benchmark: skipped: " + skipped + "\n";
        }
        StringBuilder out = new StringBuilder();
        out.append("Benchmark on German Wikinews: ").append(articles).append(" articles, ").append(tokens)
                .append(" tokens (CoreNLP German tokenizer), corpus ").append(options.corpus()).append('\n');
        out.append("each system in its own JVM, -Xmx").append(options.heap()).append(", ").append(options.threads())
                .append(" worker thread(s), ").append(options.warmup()).append(" warm-up analyses not measured\n");
        out.append(environment.toText()).append('\n');
        Table table = new Table("system", "load s", "analyses", "tokens", "s", "tokens/s/core", "articles/s/core",
                "tokens/CPU-s", "p50 ms", "p99 ms", "peak heap MiB", "peak after GC MiB", "retained MiB",
                "load avg at end");
        for (SystemFigures s : systems) {
            table.row(s.system().title(), f1(s.loadSeconds()), s.analyses(), s.tokens(), f1(s.seconds()),
                    f0(s.tokensPerSecond()), f2(s.articlesPerSecond()), f0(s.tokensPerCpuSecond()),
                    f0(s.p50Millis()), f0(s.p99Millis()), f0(s.peakUsedMiB()), f0(s.peakAfterGcMiB()),
                    f0(s.retainedMiB()), s.loadAverage());
        }
        out.append(table);
        figures(BenchSystem.CORENLP).ifPresent(corenlp -> systems.stream()
                .filter(s -> s.system() != BenchSystem.CORENLP)
                .forEach(hearsay -> out.append(ratios(hearsay, corenlp))));
        out.append("load s: building the system and analysing one sentence; peak heap: largest heap in use"
                + " before a GC; peak after GC: most ever kept; retained: in use after a final full GC;\n"
                + "tokens/CPU-s: per second of the worker JVM's CPU time, GC and JIT threads included; a load average"
                + " above the thread count means other programs shared the cores and wall-time figures are pessimistic.\n");
        return out.toString();
    }

    private static String ratios(SystemFigures h, SystemFigures c) {
        return h.system().title() + String.format(Locale.ROOT,
                " / CoreNLP: throughput x%.2f (per CPU-second x%.2f), p50 latency x%.2f, p99 latency x%.2f,"
                        + " load time x%.2f, peak heap x%.2f, peak after GC x%.2f, retained heap x%.2f%n",
                h.tokensPerSecond() / c.tokensPerSecond(), h.tokensPerCpuSecond() / c.tokensPerCpuSecond(),
                h.p50Millis() / c.p50Millis(), h.p99Millis() / c.p99Millis(), h.loadSeconds() / c.loadSeconds(),
                h.peakUsedMiB() / c.peakUsedMiB(), h.peakAfterGcMiB() / c.peakAfterGcMiB(),
                h.retainedMiB() / c.retainedMiB());
    }

    private static String f0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
