package org.hearsay.eval.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.hearsay.eval.Environment;

/**
 * {@code hearsay eval time}: Hearsay's time stages, and HeidelTime 2.2.1 as the baseline, on the
 * German KRAUTS (Dolomiten-42 and -100) and the English TempEval-3 TBAQ-cleaned training data,
 * scored with the TempEval-3 entity measures. Single-threaded, so the speeds are per core.
 */
public final class TimeEvaluation {
    /** A corpus: its name, language and the folders of .tml files that make it up. */
    private record Corpus(String name, String language, List<Path> folders) {
    }

    private TimeEvaluation() {
    }

    public static TimeReport run(TimeEvalOptions options) throws IOException {
        Path root = options.corpora();
        List<Corpus> corpora = List.of(
                new Corpus("KRAUTS Dolomiten", "de", List.of(root.resolve("krauts/KRAUTS_Dolomiten-42"),
                        root.resolve("krauts/KRAUTS_Dolomiten-100"))),
                new Corpus("TempEval-3 TBAQ", "en", List.of(root.resolve("tempeval3-en/TBAQ-cleaned/TimeBank"),
                        root.resolve("tempeval3-en/TBAQ-cleaned/AQUAINT"))));
        List<String> notes = new ArrayList<>();
        List<TimexScore> scores = new ArrayList<>();
        boolean heidelTime = options.heidelTime() && HeidelTimeSystem.available();
        if (options.heidelTime() && !heidelTime) {
            notes.add("HeidelTime is not on the class path (optional dependency of hearsay-eval); baseline skipped");
        }
        for (Corpus corpus : corpora) {
            List<TimeMlDocument> documents = load(corpus, options.maxDocuments(), notes);
            if (documents.isEmpty()) {
                continue;
            }
            HearsayTimeSystem hearsay = new HearsayTimeSystem();
            scores.add(evaluate(hearsay, corpus, documents, hearsay::timeStageSeconds));
            if (heidelTime) {
                scores.add(evaluate(new HeidelTimeSystem(), corpus, documents, null));
            }
        }
        return new TimeReport(scores, notes, Environment.current(), options.errorExamples());
    }

    private static List<TimeMlDocument> load(Corpus corpus, int max, List<String> notes) throws IOException {
        List<TimeMlDocument> documents = new ArrayList<>();
        for (Path folder : corpus.folders()) {
            if (!Files.isDirectory(folder)) {
                notes.add(corpus.name() + ": folder " + folder + " not found; skipped");
                continue;
            }
            List<Path> files;
            try (Stream<Path> listing = Files.list(folder)) {
                files = listing.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
            }
            for (Path file : files) {
                if (max > 0 && documents.size() >= max) {
                    break;
                }
                documents.add(TimeMlReader.read(file, corpus.language()));
            }
        }
        return documents;
    }

    private static List<Timex> tag(TimeSystem system, TimeMlDocument document) throws IOException {
        try {
            return system.tag(document);
        } catch (Exception e) {
            throw new IOException(system.name() + " failed on " + document.id() + ": " + e, e);
        }
    }

    /** Scores one system; {@code own} reads the time spent in its time component alone, or is null. */
    private static TimexScore evaluate(TimeSystem system, Corpus corpus, List<TimeMlDocument> documents, DoubleSupplier own)
            throws IOException {
        try {
            system.prepare(corpus.language());
        } catch (Exception e) {
            throw new IOException(system.name() + " could not start for " + corpus.language() + ": " + e, e);
        }
        TimexScorer scorer = new TimexScorer();
        long characters = 0;
        for (TimeMlDocument document : documents) {
            scorer.add(document.id(), document.gold(), tag(system, document));
            characters += document.text().length();
        }
        // Timed on a second pass, so that class loading and JIT warm-up count for neither system.
        double ownBefore = own == null ? 0 : own.getAsDouble();
        long start = System.nanoTime();
        for (TimeMlDocument document : documents) {
            tag(system, document);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double ownSeconds = own == null ? seconds : own.getAsDouble() - ownBefore;
        return scorer.score(system.name(), corpus.name(), documents.size(), characters, seconds, ownSeconds);
    }
}
