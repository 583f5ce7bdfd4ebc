package org.hearsay.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hearsay.eval.quotes.QuoteModelTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hearsay train}: retrains the models the language packs ship. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Retrain a shipped model from its corpus.",
        subcommands = TrainCommand.Quotes.class)
final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = "Retrain the German quotation stage's sentence model on the Wikinews train split (deterministic; rebuild hearsay-lang-de afterwards).")
    static final class Quotes implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--wikinews", paramLabel = "DIR", description = "Wikinews split to train on. Default: ../shared/corpora/quotes-de-wikinews/train")
        Path wikinews;

        @Option(names = "--out", paramLabel = "FILE", description = "Model file. Default: hearsay-lang-de/src/main/resources/" + "org/hearsay/lang/de/quotes/quote-sentences.model under the project folder")
        Path out;

        @Override
        public Integer call() throws IOException {
            Path folder = wikinews != null ? wikinews : Corpora.root().resolve("quotes-de-wikinews/train");
            Path file = out != null ? out : Path.of(System.getProperty("hearsay.home", ".")).resolve(QuoteModelTraining.DEFAULT_MODEL);
            spec.commandLine().getOut().println(QuoteModelTraining.run(folder, file));
            return 0;
        }
    }
}
