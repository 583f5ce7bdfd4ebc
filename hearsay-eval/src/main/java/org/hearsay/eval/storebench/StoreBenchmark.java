package org.hearsay.eval.storebench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hearsay.core.model.Analysis;
import org.hearsay.eval.Environment;
import org.hearsay.eval.bench.Percentiles;
import org.hearsay.store.CorpusStore;
import org.hearsay.store.CorpusStores;
import org.hearsay.store.search.IndexedStore;

/**
 * {@code hearsay bench store}: fills a SQLite store (with its search index) with replays of a few
 * analyses and, at each checkpoint, measures how fast it stored the last segment, how large
 * database and index are, and the latency of searches, timelines and claim listings. A store this
 * benchmark filled before (a run that stopped, or one to measure again with other code) is
 * continued from the articles it holds: replays are drawn in order, so the same ones follow; a
 * checkpoint it has reached already measures the queries only.
 */
public final class StoreBenchmark {
    /** Queries run before measuring each kind at a checkpoint: after a segment of writes, caches are cold. */
    static final int WARMUP_QUERIES = 5;

    private StoreBenchmark() {
    }

    /** @param progress told of each checkpoint as it is reached (a full run takes long) */
    public static StoreBenchReport run(StoreBenchOptions options, Consumer<String> progress) {
        boolean cached = options.analysesFile() != null && Files.exists(options.analysesFile());
        if (!cached && !Files.isDirectory(options.corpus())) {
            return StoreBenchReport.skipped(options, "corpus folder " + options.corpus() + " not found");
        }
        progress.accept(cached ? "reading analyses from " + options.analysesFile()
                : "analysing " + options.analyses() + " Wikinews texts (minutes)");
        return run(options, BaseAnalyses.load(options.corpus(), options.analyses(), options.analysesFile()), progress);
    }

    static StoreBenchReport run(StoreBenchOptions options, List<Analysis> bases, Consumer<String> progress) {
        Environment environment = Environment.current();
        ArticleReplay replay = new ArticleReplay(bases, options.seed());
        QueryDraws draws = new QueryDraws(bases, replay, options.seed());
        List<Checkpoint> checkpoints = new ArrayList<>();
        try (IndexedStore store = CorpusStores.open(options.db().toString(), null)) {
            int stored = continued(store, replay, options);
            for (int target : options.checkpoints()) {
                if (target < stored) {
                    continue;
                }
                long[] puts = new long[target - stored];
                long start = System.nanoTime();
                for (int i = 0; stored < target; stored++, i++) {
                    Analysis article = replay.article(stored);
                    long before = System.nanoTime();
                    CorpusStore.Stored result = store.put(article);
                    puts[i] = System.nanoTime() - before;
                    if (result.change() != CorpusStore.Change.CREATED) {
                        throw new IllegalStateException("replayed article " + stored + " was " + result.change()
                                + ", not created: replays must be distinct articles");
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                List<QueryFigures> queries = new ArrayList<>();
                for (QueryKind kind : QueryKind.values()) {
                    queries.add(measure(store, stored, draws, kind, options.queries()));
                }
                Checkpoint checkpoint = new Checkpoint(target, store.counts().claims(), puts.length, seconds,
                        percentile(puts, 50), percentile(puts, 99), dbBytes(options.db()),
                        folderBytes(CorpusStores.defaultIndex(options.db())), queries, Environment.currentLoadAverage());
                checkpoints.add(checkpoint);
                progress.accept(StoreBenchReport.progressLine(checkpoint));
            }
        }
        return new StoreBenchReport(options, environment, bases.size(), checkpoints, null);
    }

    /**
     * How many replays the store holds: 0 for a new one; for one filled before, its article count,
     * after checking that its last article is the replay this run would store there (else it was
     * filled from other analyses, or is no benchmark store at all). Give the seed of the first run:
     * the ids do not show it, the dates and outlets of the replays still to come would.
     */
    private static int continued(IndexedStore store, ArticleReplay replay, StoreBenchOptions options) {
        long articles = store.counts().articles();
        if (articles == 0) {
            return 0;
        }
        if (articles > options.articles()) {
            throw new IllegalArgumentException(options.db() + " holds " + articles + " articles, more than --articles "
                    + options.articles());
        }
        int stored = (int) articles;
        if (store.analysis(replay.id(stored - 1)).isEmpty()) {
            throw new IllegalArgumentException(options.db() + " holds " + stored + " articles, but not the replays of"
                    + " these analyses: a benchmark continues only a store it filled itself");
        }
        for (int n = 0; n < stored; n++) {
            replay.article(n);
        }
        return stored;
    }

    private static QueryFigures measure(IndexedStore store, int stored, QueryDraws draws, QueryKind kind, int count) {
        for (StoreQuery warmup : draws.draw(kind, WARMUP_QUERIES, store, stored)) {
            warmup.run().applyAsInt(store);
        }
        List<StoreQuery> queries = draws.draw(kind, count, store, stored);
        long[] nanos = new long[count];
        int[] results = new int[count];
        for (int i = 0; i < count; i++) {
            long before = System.nanoTime();
            results[i] = queries.get(i).run().applyAsInt(store);
            nanos[i] = System.nanoTime() - before;
        }
        return QueryFigures.of(kind, nanos, results);
    }

    private static double percentile(long[] nanos, double percent) {
        return nanos.length == 0 ? Double.NaN : Percentiles.of(nanos, percent) / 1e6;
    }

    private static long dbBytes(Path db) {
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        try {
            return Files.size(db) + (Files.exists(wal) ? Files.size(wal) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long folderBytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
