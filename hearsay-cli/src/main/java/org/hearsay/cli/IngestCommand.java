package org.hearsay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hearsay.core.model.Article;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.ingest.ArticleReader;
import org.hearsay.store.CorpusStore;
import org.hearsay.store.CorpusStores;
import org.hearsay.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hearsay ingest PATH…}: analyse articles into the corpus store. Resumable: an article
 * already stored with the same content and pipeline configuration is not analysed again, so a
 * run that was interrupted (even killed) picks up where it stopped. Analysis runs in parallel;
 * storing happens on this thread, one transaction per article, in input order.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse articles into the corpus store: files, folders, feeds, WARC files. Re-ingesting is safe:"
                + " stored articles are skipped, changed ones updated, never duplicated.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to ingest.")
    List<Path> inputs;

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "The store: a SQLite file, or a jdbc:postgresql: URL. Default: $HEARSAY_DB, else ./hearsay.db.")
    String db;

    @Option(names = "--threads", description = "Analysis threads. Default: number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    private final IngestReport report = new IngestReport();
    /** Set by the first failure to store: the rest of the run is then neither analysed nor stored. */
    private StoreException storeFailure;

    @Override
    public Integer call() {
        PrintWriter stderr = spec.commandLine().getErr();
        Analyzer analyzer = Analyzer.installed();
        try (CorpusStore store = CorpusStores.open(storeLocation());
             Progress progress = Progress.start("ingest", -1);
             BatchAnalysis batch = new BatchAnalysis(ArticleReader.standard(), analyzer, Math.max(1, threads),
                     outcome -> {
                         handle(outcome, store, stderr);
                         progress.step(report.shortStatus());
                     })) {
            for (Path input : inputs) {
                batch.read(input, article -> needsAnalysis(article, store, analyzer, progress));
            }
            batch.finish();
        } catch (StoreException e) {
            stderr.println("hearsay: error: " + e.getMessage());
            return 1;
        }
        if (storeFailure != null) {
            stderr.println("hearsay: stopped at the first failure to store; later articles were not stored");
        }
        stderr.println("hearsay: " + report.summary());
        return report.failures() > 0 ? 1 : 0;
    }

    private String storeLocation() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("HEARSAY_DB");
        return env == null || env.isBlank() ? "hearsay.db" : env;
    }

    /**
     * False for an article stored already with the configuration its language's pipeline has now
     * (counted as unchanged), and for everything after a store failure.
     */
    private boolean needsAnalysis(Article article, CorpusStore store, Analyzer analyzer, Progress progress) {
        if (storeFailure != null) {
            return false;
        }
        if (analyzer.supports(article.language())
                && store.has(article.id(), analyzer.pipeline(article.language()).provenance().configHash())) {
            report.record(CorpusStore.Change.UNCHANGED);
            progress.step(report.shortStatus());
            return false;
        }
        return true;
    }

    private void handle(Outcome outcome, CorpusStore store, PrintWriter stderr) {
        switch (outcome) {
            case Outcome.Analysed a -> store(a, store, stderr);
            case Outcome.Failed f -> {
                report.recordFailure();
                stderr.println("hearsay: error: " + f.problem().userMessage());
            }
            case Outcome.Skipped s -> {
                report.recordSkip();
                stderr.println("hearsay: " + s.reason().userMessage());
            }
        }
    }

    private void store(Outcome.Analysed analysed, CorpusStore store, PrintWriter stderr) {
        if (storeFailure != null) {
            return;
        }
        try {
            report.record(store.put(analysed.analysis()).change());
        } catch (StoreException e) {
            storeFailure = e;
            report.recordFailure();
            stderr.println("hearsay: error: " + e.getMessage());
        }
    }
}
