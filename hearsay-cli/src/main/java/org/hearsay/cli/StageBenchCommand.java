package org.hearsay.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hearsay.eval.bench.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hearsay bench stages}: the share of each stage in the German analysis time. */
@Command(name = "stages", mixinStandardHelpOptions = true,
        description = "Milliseconds and share of the analysis time per stage of the German pipeline, on the German Wikinews texts, all in one JVM (the second of two passes).")
final class StageBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of Wikinews JSON. Default: ../shared/corpora/quotes-de-wikinews")
    Path corpus;

    @Option(names = "--articles", description = "Use the first N texts (0 = all). Default: ${DEFAULT-VALUE}.")
    int articles = 200;

    @Override
    public Integer call() {
        Path folder = corpus != null ? corpus : Corpora.root().resolve("quotes-de-wikinews");
        spec.commandLine().getOut().print(StageTimes.run(folder, articles));
        return 0;
    }
}
