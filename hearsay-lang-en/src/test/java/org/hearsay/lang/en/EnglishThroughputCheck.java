package org.hearsay.lang.en;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.pipeline.ParseScope;
import org.hearsay.core.pipeline.PipelineOptions;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.core.pipeline.Stage;

/**
 * Rough single-thread figures for the English stages: model load time (the first call of
 * each stage) and tokens per second once warm. Not a test: timings depend on the machine.
 * Times are the analysing thread's CPU time, so that other processes on a busy machine do
 * not skew the figures (JIT and garbage collection threads are not counted).
 *
 * <p>Usage: {@code EnglishThroughputCheck [--all] FILE...}, each file one English plain-text
 * article (title on the first line); {@code --all} parses every sentence. Pin it to one core
 * ({@code taskset -c 0}) for a per-core figure.
 */
public final class EnglishThroughputCheck {
    private static final int WARM_ROUNDS = 3;
    private static final int TIMED_ROUNDS = 10;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean PROCESS =
            ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

    private EnglishThroughputCheck() {
    }

    public static void main(String[] args) throws IOException {
        ParseScope scope = ParseScope.ATTRIBUTED_SENTENCES;
        List<Article> articles = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--all")) {
                scope = ParseScope.ALL_SENTENCES;
            } else {
                articles.add(read(Path.of(arg)));
            }
        }
        if (articles.isEmpty()) {
            articles.add(TestArticles.article(TestArticles.BRIDGE));
            articles.add(TestArticles.article(TestArticles.SUMMIT));
        }
        List<Stage> stages = new EnglishLanguagePack().stages(new PipelineOptions(scope));
        long[] nanos = new long[stages.size()];

        System.out.println("model load (first call of each stage, on the first article):");
        long wallStart = System.nanoTime();
        long processStart = PROCESS.getProcessCpuTime();
        timeStages(stages, articles.subList(0, 1), nanos);
        for (int s = 0; s < stages.size(); s++) {
            System.out.printf("  %-16s %7.2f CPU s%n", stages.get(s).name(), nanos[s] / 1e9);
        }
        // Process CPU includes the JIT and garbage collector threads that loading keeps busy.
        System.out.printf("  %-16s %7.2f process CPU s, %.2f wall s%n", "all stages",
                (PROCESS.getProcessCpuTime() - processStart) / 1e9, (System.nanoTime() - wallStart) / 1e9);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf("  heap in use after loading: %d MiB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        for (int round = 0; round < WARM_ROUNDS; round++) {
            timeStages(stages, articles, new long[stages.size()]);
        }
        nanos = new long[stages.size()];
        int[] counts = new int[3];
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (Article article : articles) {
                Analysis last = timeStages(stages, List.of(article), nanos);
                counts[0] += last.get(Layers.TOKENS).size();
                counts[1] += last.get(Layers.SENTENCES).size();
                counts[2] += (int) last.get(Layers.DEPENDENCIES).stream().filter(d -> d.head() == -1).count();
            }
        }
        long total = 0;
        System.out.printf("warm, %d tokens in %d sentences, %d sentences parsed (%s), per CPU second:%n",
                counts[0], counts[1], counts[2], scope);
        for (int s = 0; s < stages.size(); s++) {
            total += nanos[s];
            System.out.printf("  %-16s %9.0f tokens/s%n", stages.get(s).name(), counts[0] / (nanos[s] / 1e9));
        }
        System.out.printf("  %-16s %9.0f tokens/s%n", "all stages", counts[0] / (total / 1e9));
    }

    /** Runs the stages over the articles, adding each stage's time to {@code nanos}; returns the last analysis. */
    private static Analysis timeStages(List<Stage> stages, List<Article> articles, long[] nanos) {
        Analysis analysis = null;
        for (Article article : articles) {
            analysis = Analysis.of(article, new Pipeline(stages).provenance());
            for (int s = 0; s < stages.size(); s++) {
                long start = CPU.getCurrentThreadCpuTime();
                analysis = stages.get(s).apply(analysis);
                nanos[s] += CPU.getCurrentThreadCpuTime() - start;
            }
        }
        return analysis;
    }

    private static Article read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        String title = text.lines().findFirst().orElse("");
        return new Article(ContentHash.of(text), file.toString(), "text", null, null, title, null, null, "en", text, List.of());
    }
}
