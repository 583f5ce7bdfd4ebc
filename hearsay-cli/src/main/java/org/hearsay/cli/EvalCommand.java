package org.hearsay.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.hearsay.eval.ner.NerEvalOptions;
import org.hearsay.eval.ner.NerEvaluation;
import org.hearsay.eval.ner.NerReport;
import org.hearsay.eval.ner.NerSystem;
import org.hearsay.eval.time.TimeEvalOptions;
import org.hearsay.eval.time.TimeEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hearsay eval TASK}: scores Hearsay on the shared gold corpora with the original metrics. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Hearsay on annotated corpora with the original tasks' metrics.",
        subcommands = {EvalCommand.Ner.class, EvalCommand.Time.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Entity mentions on GermEval 2014 (dev): exact-span P/R/F1, outer level, PER/ORG/LOC,",
                    "for Hearsay and for CoreNLP's German NER model alone, on the same sentences."})
    static final class Ner implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--corpus", paramLabel = "FILE", description = "GermEval TSV. Default: ../shared/corpora/germeval2014/NER-de-dev.tsv")
        Path corpus;

        @Option(names = "--limit", description = "Score only the first N sentences (0 = all). Default: ${DEFAULT-VALUE}.")
        int limit = 0;

        @Option(names = "--systems", split = ",", description = "Systems to score: ${COMPLETION-CANDIDATES}. Default: all.")
        List<NerSystem> systems = List.of(NerSystem.values());

        @Override
        public Integer call() {
            Path file = corpus != null ? corpus : Corpora.root().resolve("germeval2014/NER-de-dev.tsv");
            NerReport report = NerEvaluation.run(new NerEvalOptions(file, limit, EnumSet.copyOf(systems)));
            spec.commandLine().getOut().print(report.toText());
            return 0;
        }
    }

    @Command(name = "time", mixinStandardHelpOptions = true,
            description = {"Time expressions on KRAUTS (German) and TempEval-3 TBAQ-cleaned (English) with the TempEval-3",
                    "measures (strict/relaxed span F1, type and value F1), with HeidelTime 2.2.1 on the same texts."})
    static final class Time implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--corpora", paramLabel = "DIR", description = "Folder holding krauts/ and tempeval3-en/. Default: ../shared/corpora")
        Path corpora;

        @Option(names = "--no-heideltime", description = "Skip the HeidelTime baseline.")
        boolean noHeidelTime;

        @Option(names = "--errors", description = "Error examples listed per category. Default: ${DEFAULT-VALUE}.")
        int errors = 10;

        @Option(names = "--limit", description = "Documents per corpus at most (0 = all). Default: ${DEFAULT-VALUE}.")
        int limit = 0;

        @Override
        public Integer call() throws IOException {
            Path folder = corpora != null ? corpora : Corpora.root();
            spec.commandLine().getOut().print(TimeEvaluation.run(
                    new TimeEvalOptions(folder, !noHeidelTime, errors, limit)).toText());
            return 0;
        }
    }
}
