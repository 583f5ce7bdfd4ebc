package org.hearsay.eval.storebench;

import java.util.List;
import java.util.Locale;
import org.hearsay.eval.Environment;
import org.hearsay.eval.Table;

/**
 * Result of {@code hearsay bench store}. {@code skipped} is set (and there are no checkpoints) when
 * there was nothing to analyse.
 *
 * @param analyses distinct analyses replayed
 */
public record StoreBenchReport(StoreBenchOptions options, Environment environment, int analyses,
                               List<Checkpoint> checkpoints, String skipped) {
    /** The goal for every query kind at 100 000 articles. */
    static final double GOAL_P99_MILLIS = 100;
    private static final double MIB = 1024.0 * 1024.0;

    public StoreBenchReport {
        checkpoints = List.copyOf(checkpoints);
    }

    static StoreBenchReport skipped(StoreBenchOptions options, String why) {
        return new StoreBenchReport(options, Environment.current(), 0, List.of(), why);
    }

    /** One line per checkpoint while the run goes on. */
    static String progressLine(Checkpoint c) {
        String storing = c.segmentStored() == 0 ? "none stored, queries measured again"
                : String.format(Locale.ROOT, "%.1f stored/s (put p50/p99 %.1f/%.1f ms)", c.articlesPerSecond(),
                        c.putP50Millis(), c.putP99Millis());
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%d articles, %d claims: %s, %.1f kB/article (db %.1f MiB, index %.1f MiB); p50/p99 ms:", c.articles(),
                c.claims(), storing, c.bytesPerArticle() / 1000, c.dbBytes() / MIB, c.indexBytes() / MIB));
        for (QueryFigures q : c.queries()) {
            line.append(String.format(Locale.ROOT, " %s %.1f/%.1f (median %d results);", q.kind().label(),
                    q.p50Millis(), q.p99Millis(), q.medianResults()));
        }
        return line.append(" (load ").append(c.loadAverage()).append(')').toString();
    }

    public String toText() {
        if (skipped != null) {
            return "store benchmark: skipped: " + skipped + "\n";
        }
        StringBuilder out = new StringBuilder();
        out.append("Store benchmark: ").append(analyses).append(" analysed German Wikinews texts replayed into ")
                .append(options.articles()).append(" articles (new text ending, id, URL, outlet of ")
                .append(ArticleReplay.OUTLETS).append(", publication time ").append(ArticleReplay.FIRST_DAY).append("..")
                .append(ArticleReplay.LAST_DAY).append("), SQLite store with search index, ").append(options.db())
                .append('\n');
        out.append("hearsay bench store --analyses ").append(options.analyses()).append(" --articles ")
                .append(options.articles()).append(" --checkpoints ")
                .append(String.join(",", options.checkpoints().stream().map(String::valueOf).toList()))
                .append(" --queries ").append(options.queries()).append(" --seed ").append(options.seed()).append('\n');
        out.append(environment.toText()).append('\n');
        out.append(storing()).append('\n').append(queries()).append('\n');
        if (checkpoints.size() > 1) {
            out.append(growth(checkpoints.get(0), checkpoints.get(checkpoints.size() - 1))).append('\n');
        }
        out.append(legend());
        return out.toString();
    }

    private String storing() {
        Table table = new Table("articles", "claims", "stored/s", "put p50 ms", "put p99 ms", "db MiB", "index MiB",
                "kB/article", "load avg");
        for (Checkpoint c : checkpoints) {
            table.row(c.articles(), c.claims(), f1(c.articlesPerSecond()), f1(c.putP50Millis()), f1(c.putP99Millis()),
                    f1(c.dbBytes() / MIB), f1(c.indexBytes() / MIB), f1(c.bytesPerArticle() / 1000), c.loadAverage());
        }
        return table.toString();
    }

    private String queries() {
        Table table = new Table("articles", "query", "n", "p50 ms", "p99 ms", "median results",
                "p99 < " + f0(GOAL_P99_MILLIS) + " ms");
        for (Checkpoint c : checkpoints) {
            for (QueryFigures q : c.queries()) {
                table.row(c.articles(), q.kind().label(), q.queries(), f1(q.p50Millis()), f1(q.p99Millis()),
                        q.medianResults(), q.p99Millis() < GOAL_P99_MILLIS ? "yes" : "NO");
            }
        }
        return table.toString();
    }

    private static String growth(Checkpoint first, Checkpoint last) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "growth %d -> %d articles (x%.1f): stored/s x%.2f, kB/article x%.2f, put p99 x%.2f%n",
                first.articles(), last.articles(), (double) last.articles() / first.articles(),
                last.articlesPerSecond() / first.articlesPerSecond(), last.bytesPerArticle() / first.bytesPerArticle(),
                last.putP99Millis() / first.putP99Millis()));
        for (QueryFigures q : last.queries()) {
            QueryFigures before = first.query(q.kind());
            out.append(String.format(Locale.ROOT, "  %-19s p50 x%.2f, p99 x%.2f, median results x%.2f%n",
                    q.kind().label(), q.p50Millis() / before.p50Millis(), q.p99Millis() / before.p99Millis(),
                    (double) Math.max(1, q.medianResults()) / Math.max(1, before.medianResults())));
        }
        return out.toString();
    }

    private static String legend() {
        return "stored/s: articles stored per second of wall time over the segment since the previous checkpoint"
                + " (one transaction each, with corpus linking and indexing); kB/article: database file, its WAL and"
                + " the index folder per stored article;\n"
                + "search: 1-2 words from the texts; search+facet: a word and an entity, outlet or year filter;"
                + " timeline: an entity's whole timeline as of a day; timeline page: its first " + (QueryDraws.PAGE + 1)
                + " entries; claims page: the first " + QueryDraws.PAGE + " claims overdue, about an entity, or pending as of a day (Tracker.claims with a limit);\n"
                + "claims after cursor: the same filters, the " + (QueryDraws.PAGE + 1) + " claims after a cursor at a"
                + " random depth of the listing, as GET /api/claims?after= asks for a page (the cursor: the listing's"
                + " first claim after a claim drawn from the corpus); " + StoreBenchmark.WARMUP_QUERIES
                + " unmeasured queries of each kind first."
                + " Replays are near-exact copies: each finds its original and adds nothing to the candidate indexes;"
                + "\na load average above 1 means other programs shared the cores and the figures are pessimistic.\n";
    }

    private static String f0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
