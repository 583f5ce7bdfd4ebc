package org.hearsay.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.hearsay.eval.claims.ClaimEvalOptions;
import org.hearsay.eval.claims.ClaimEvaluation;
import org.hearsay.eval.claims.ClaimGold;
import org.hearsay.eval.ner.NerEvalOptions;
import org.hearsay.eval.ner.NerEvaluation;
import org.hearsay.eval.ner.NerReport;
import org.hearsay.eval.ner.NerSystem;
import org.hearsay.eval.quotes.QuoteCorpus;
import org.hearsay.eval.quotes.QuoteEvalOptions;
import org.hearsay.eval.quotes.QuoteEvaluation;
import org.hearsay.eval.quotes.QuoteSystemKind;
import org.hearsay.eval.time.TimeEvalOptions;
import org.hearsay.eval.time.TimeEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hearsay eval TASK}: scores Hearsay on the shared gold corpora with the original metrics, and
 * its claims on the gold set that ships with it.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Hearsay on annotated corpora with the original tasks' metrics.",
        subcommands = {EvalCommand.Ner.class, EvalCommand.Quotes.class, EvalCommand.Time.class,
                EvalCommand.Claims.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Entity mentions on GermEval 2014 (dev): exact-span P/R/F1, outer level, PER/ORG/LOC, for Hearsay and for CoreNLP's German NER model alone, on the same sentences.")
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

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = "Quotations on German Wikinews (dev) with the dataset authors' metric (quotations paired by linear-sum assignment, token-overlap P/R/F1 per role, type and medium micro F1) and on PolNeAR (English, dev: source/cue/content F1), for Hearsay and a quote-marks-only reference system.")
    static final class Quotes implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--wikinews", paramLabel = "DIR", description = "Wikinews split folder. Default: ../shared/corpora/quotes-de-wikinews/dev")
        Path wikinews;

        @Option(names = "--polnear", paramLabel = "DIR", description = "PolNeAR split folder. Default: ../shared/corpora/polnear-en/dev")
        Path polnear;

        @Option(names = "--corpora", split = ",", description = "Corpora: ${COMPLETION-CANDIDATES}. Default: all.")
        List<QuoteCorpus> corpora = List.of(QuoteCorpus.values());

        @Option(names = "--systems", split = ",", description = "Systems: ${COMPLETION-CANDIDATES}. Default: all.")
        List<QuoteSystemKind> systems = List.of(QuoteSystemKind.values());

        @Option(names = "--limit", description = "The first N documents of each corpus (0 = all). Default: ${DEFAULT-VALUE}.")
        int limit = 0;

        @Option(names = "--write-predictions", paramLabel = "DIR",
                description = "Also write each system's Wikinews predictions in the corpus's JSON format, for the authors' scorer.")
        Path writePredictions;

        @Override
        public Integer call() throws IOException {
            QuoteEvalOptions options = new QuoteEvalOptions(
                    wikinews != null ? wikinews : Corpora.root().resolve("quotes-de-wikinews/dev"),
                    polnear != null ? polnear : Corpora.root().resolve("polnear-en/dev"),
                    EnumSet.copyOf(corpora), EnumSet.copyOf(systems), limit, writePredictions);
            spec.commandLine().getOut().print(QuoteEvaluation.run(options).toText());
            return 0;
        }
    }

    @Command(name = "time", mixinStandardHelpOptions = true,
            description = "Time expressions on KRAUTS (German) and TempEval-3 TBAQ-cleaned (English) with the TempEval-3 measures (strict/relaxed span F1, type and value F1), with HeidelTime 2.2.1 on the same texts.")
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

    @Command(name = "claims", mixinStandardHelpOptions = true,
            description = "Claims on Hearsay's own gold set (invented German and English news paragraphs, shipped in the jar): detection P/R/F1 by evidence overlap and the accuracy of holder, modality, polarity, orientation, condition, deadline and trackable on matched claims.")
    static final class Claims implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--lang", paramLabel = "LANG", description = "Only this language: de or en. Default: both.")
        String language;

        @Option(names = "--errors", description = "List every disagreement with its paragraph id.")
        boolean errors;

        @Override
        public Integer call() {
            if (language != null && !ClaimGold.LANGUAGES.contains(language)) {
                throw new ParameterException(spec.commandLine(),
                        "--lang must be one of " + ClaimGold.LANGUAGES + ", got '" + language + "'");
            }
            List<String> languages = language == null ? ClaimGold.LANGUAGES : List.of(language);
            spec.commandLine().getOut().print(ClaimEvaluation.run(new ClaimEvalOptions(languages, errors)).toText());
            return 0;
        }
    }
}
