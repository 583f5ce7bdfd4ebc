package org.hearsay.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hearsay.eval.storebench.StoreBenchOptions;
import org.hearsay.eval.storebench.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hearsay bench store}: storing and querying speed of the corpus store as it grows. */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Stores replays of analysed German Wikinews texts into a fresh SQLite store with its search index and, at each checkpoint, reports stored articles/s, size per article and p50/p99 latency of search, timelines and claim listings.")
final class StoreBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of Wikinews JSON. Default: ../shared/corpora/quotes-de-wikinews")
    Path corpus;

    @Option(names = "--analyses", description = "Texts to analyse and replay. Default: ${DEFAULT-VALUE}.")
    int analyses = 200;

    @Option(names = "--analyses-file", paramLabel = "FILE", description = "JSON Lines of analyses: read if it exists (no analysing), else written after analysing.")
    Path analysesFile;

    @Option(names = "--articles", description = "Articles to store in all. Default: ${DEFAULT-VALUE}.")
    int articles = 100_000;

    @Option(names = "--checkpoints", split = ",", description = "Article counts to measure at. Default: 10000,50000,100000 (the ones up to --articles, and --articles).")
    List<Integer> checkpoints;

    @Option(names = "--db", paramLabel = "FILE", description = "The SQLite file to fill. One this benchmark filled before is continued from the articles it holds (same analyses and --seed); a checkpoint it has reached measures the queries again. Default: a new one in a temporary folder, deleted after the run.")
    Path db;

    @Option(names = "--queries", description = "Measured queries of each kind per checkpoint. Default: ${DEFAULT-VALUE}.")
    int queries = 200;

    @Option(names = "--seed", description = "Seed of the random dates, outlets and queries. Default: ${DEFAULT-VALUE}.")
    long seed = 1;

    @Override
    public Integer call() throws Exception {
        Path folder = corpus != null ? corpus : Corpora.root().resolve("quotes-de-wikinews");
        Path scratch = db == null ? Files.createTempDirectory("hearsay-storebench") : null;
        StoreBenchOptions options = new StoreBenchOptions(folder, analyses, analysesFile, articles,
                checkpoints != null ? checkpoints : defaultCheckpoints(),
                db != null ? db : scratch.resolve("storebench.db"), queries, seed);
        try {
            spec.commandLine().getOut().print(StoreBenchmark.run(options, spec.commandLine().getErr()::println).toText());
        } finally {
            if (scratch != null) {
                deleteTree(scratch);
            }
        }
        return 0;
    }

    /** A store of 100 000 articles takes gigabytes: one nobody named is not left behind. */
    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private List<Integer> defaultCheckpoints() {
        return Stream.concat(Stream.of(10_000, 50_000).filter(n -> n < articles), Stream.of(articles)).toList();
    }
}
