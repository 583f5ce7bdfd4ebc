package org.hearsay.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.hearsay.eval.bench.BenchOptions;
import org.hearsay.eval.bench.BenchSystem;
import org.hearsay.eval.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hearsay bench}: Hearsay's German analysis against the full CoreNLP German pipeline. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {StoreBenchCommand.class, StageBenchCommand.class},
        description = "Throughput (tokens/s and articles/s per core), p50/p99 latency, peak heap and model-load time of Hearsay's German analysis and of the full CoreNLP German pipeline, on the German Wikinews texts, each system in a child JVM of its own, in one run.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of Wikinews JSON. Default: ../shared/corpora/quotes-de-wikinews")
    Path corpus;

    @Option(names = "--articles", description = "Use the first N articles (0 = all). Default: ${DEFAULT-VALUE}.")
    int articles = 0;

    @Option(names = "--warmup", description = "Articles analysed before measuring. Default: ${DEFAULT-VALUE}.")
    int warmup = 20;

    @Option(names = "--min-articles", description = "Replay the texts until at least N articles are measured. Default: ${DEFAULT-VALUE}.")
    int minArticles = 0;

    @Option(names = "--min-seconds", description = "Replay the texts for at least S seconds. Default: ${DEFAULT-VALUE}.")
    double minSeconds = 0;

    @Option(names = "--threads", description = "Worker threads per system (figures are reported per core). Default: ${DEFAULT-VALUE}.")
    int threads = 1;

    @Option(names = "--heap", description = "-Xmx of each child JVM. Default: ${DEFAULT-VALUE}.")
    String heap = "4g";

    @Option(names = "--systems", split = ",", description = "Systems to run: ${COMPLETION-CANDIDATES}. Default: all.")
    List<BenchSystem> systems = List.of(BenchSystem.values());

    @Override
    public Integer call() {
        Path folder = corpus != null ? corpus : Corpora.root().resolve("quotes-de-wikinews");
        BenchOptions options = new BenchOptions(folder, articles, warmup, minArticles, minSeconds, threads, heap,
                EnumSet.copyOf(systems));
        spec.commandLine().getOut().print(Benchmark.run(options).toText());
        return 0;
    }
}
