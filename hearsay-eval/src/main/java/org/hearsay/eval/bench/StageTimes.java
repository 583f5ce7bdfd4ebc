package org.hearsay.eval.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.core.pipeline.Stage;
import org.hearsay.eval.Table;

/**
 * Where the German analysis spends its time, stage by stage, in one JVM: every text goes through
 * every stage with a clock around each, so the shares compare stages under the same load. Whole
 * systems in separate JVMs ({@link Benchmark}) are the figure for throughput; when other programs
 * share the machine, two of them differ by more than a small stage costs, and this is the measure
 * for a stage's cost.
 */
public final class StageTimes {
    private static final String LANGUAGE = "de";

    private StageTimes() {
    }

    /**
     * @param corpus  folder of Wikinews JSON
     * @param limit   texts to use (0 = all)
     * @return a table of milliseconds and shares per stage over the second of two passes (the first
     *         warms the JIT and loads the models)
     */
    public static String run(Path corpus, int limit) {
        List<WikinewsArticle> texts = WikinewsReader.read(corpus, limit);
        if (texts.isEmpty()) {
            return "stage times: skipped: no Wikinews texts in " + corpus + "\n";
        }
        Pipeline pipeline = Analyzer.installed().pipeline(LANGUAGE);
        pass(pipeline, texts);
        Map<String, Long> nanos = pass(pipeline, texts);
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        Table table = new Table("stage", "ms", "ms per article", "share %");
        nanos.forEach((stage, n) -> table.row(stage, format("%.0f", n / 1e6), format("%.2f", n / 1e6 / texts.size()),
                format("%.1f", 100.0 * n / total)));
        return "Time per stage of the German analysis, " + texts.size() + " Wikinews texts, second pass, one thread\n"
                + table;
    }

    private static Map<String, Long> pass(Pipeline pipeline, List<WikinewsArticle> texts) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (WikinewsArticle text : texts) {
            Article article = new Article(ContentHash.of(text.text()), "bench", "text", null, null, null, null, null,
                    LANGUAGE, text.text(), List.of());
            Analysis analysis = Analysis.of(article, pipeline.provenance());
            for (Stage stage : pipeline.stages()) {
                long start = System.nanoTime();
                analysis = stage.apply(analysis);
                nanos.merge(stage.name(), System.nanoTime() - start, Long::sum);
            }
        }
        return nanos;
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
