package org.hearsay.eval.quotes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hearsay.eval.Environment;

/**
 * {@code hearsay eval quotes}: scores quotation systems on the German Wikinews quotation corpus with
 * its authors' metric ({@link QuoteScorer}), and on PolNeAR (English) with the same metric over
 * content, source and cue. Single-threaded. A corpus whose folder is missing is skipped with a notice.
 */
public final class QuoteEvaluation {
    private QuoteEvaluation() {
    }

    public static QuoteReport run(QuoteEvalOptions options) throws IOException {
        Environment environment = Environment.current();
        List<CorpusRun> runs = new ArrayList<>();
        if (options.corpora().contains(QuoteCorpus.WIKINEWS)) {
            runs.add(wikinews(options));
        }
        if (options.corpora().contains(QuoteCorpus.POLNEAR)) {
            runs.add(polnear(options));
        }
        return new QuoteReport(runs, environment);
    }

    private static CorpusRun wikinews(QuoteEvalOptions options) throws IOException {
        Path folder = options.wikinews();
        if (!Files.isDirectory(folder)) {
            return CorpusRun.skipped(QuoteCorpus.WIKINEWS, folder, "folder " + folder + " not found");
        }
        List<QuoteDocument> documents = WikinewsQuoteReader.read(folder, options.limit());
        List<SystemResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (QuoteSystemKind kind : sorted(options.systems())) {
            long loadStart = System.nanoTime();
            QuotationSystem system = start(kind, QuoteCorpus.WIKINEWS, notes);
            if (system == null) {
                continue;
            }
            long runStart = System.nanoTime();
            QuoteScorer scorer = new QuoteScorer(List.of(Role.values()));
            for (QuoteDocument document : documents) {
                List<PredictedQuotation> predicted = predict(system, document.file(), QuoteCorpus.WIKINEWS,
                        document.originalText());
                TokenIndex index = document.tokenIndex();
                scorer.add(document.gold(), predicted.stream().map(p -> TokenQuotation.of(p, index)).toList());
                if (options.writePredictions() != null) {
                    WikinewsQuoteWriter.write(options.writePredictions().resolve(kind.name().toLowerCase(Locale.ROOT)),
                            document.withQuotations(WikinewsQuoteWriter.toCorpus(document, predicted)));
                }
            }
            results.add(result(system, scorer, loadStart, runStart));
        }
        if (options.writePredictions() != null) {
            notes.add("predictions written in the corpus format to " + options.writePredictions() + "/<system>/");
        }
        return new CorpusRun(QuoteCorpus.WIKINEWS, folder, documents.size(), results, notes, null);
    }

    private static CorpusRun polnear(QuoteEvalOptions options) {
        Path folder = options.polnear();
        if (!Files.isDirectory(folder.resolve("text")) || !Files.isDirectory(folder.resolve("attributions"))) {
            return CorpusRun.skipped(QuoteCorpus.POLNEAR, folder, "folder " + folder + " with text/ and attributions/ not found");
        }
        List<PolnearDocument> documents = PolnearReader.read(folder, options.limit());
        List<SystemResult> results = new ArrayList<>();
        List<String> notes = polnearNotes(documents);
        for (QuoteSystemKind kind : sorted(options.systems())) {
            long loadStart = System.nanoTime();
            QuotationSystem system = start(kind, QuoteCorpus.POLNEAR, notes);
            if (system == null) {
                continue;
            }
            long runStart = System.nanoTime();
            QuoteScorer scorer = new QuoteScorer(PolnearReader.ROLES);
            for (PolnearDocument document : documents) {
                TokenIndex index = new TokenIndex(WordTokenizer.tokenize(document.text()));
                List<TokenQuotation> gold = document.attributions().stream()
                        .map(a -> TokenQuotation.of(a.asQuotation(), index)).toList();
                List<TokenQuotation> predicted = predict(system, document.name(), QuoteCorpus.POLNEAR, document.text())
                        .stream().map(p -> TokenQuotation.of(p, index)).toList();
                scorer.add(gold, predicted);
            }
            results.add(result(system, scorer, loadStart, runStart));
        }
        return new CorpusRun(QuoteCorpus.POLNEAR, folder, documents.size(), results, notes, null);
    }

    private static List<String> polnearNotes(List<PolnearDocument> documents) {
        List<String> notes = new ArrayList<>();
        long several = documents.stream().filter(d -> d.annotators() > 1).count();
        notes.add(several + " of " + documents.size()
                + " articles have several annotation files; the first in name order was used");
        int skipped = documents.stream().mapToInt(PolnearDocument::skipped).sum();
        if (skipped > 0) {
            notes.add(skipped + " E lines naming neither content nor cue were left out");
        }
        notes.add("tokens: runs of letters/digits and single other characters (the corpus has none here)");
        return notes;
    }

    /** The system for the corpus's language, or null (with a note) when it cannot start, so the others still run. */
    private static QuotationSystem start(QuoteSystemKind kind, QuoteCorpus corpus, List<String> notes) {
        try {
            return kind.create(corpus.language());
        } catch (RuntimeException e) {
            notes.add(kind.name().toLowerCase(Locale.ROOT) + " could not start for " + corpus.language() + ": " + e.getMessage());
            return null;
        }
    }

    private static List<PredictedQuotation> predict(QuotationSystem system, String origin, QuoteCorpus corpus, String text) {
        try {
            return system.predict(EvalArticles.of(origin, corpus.language(), text));
        } catch (Exception e) {
            throw new IllegalStateException(system.name() + " failed on " + origin + ": " + e, e);
        }
    }

    private static SystemResult result(QuotationSystem system, QuoteScorer scorer, long loadStart, long runStart) {
        long end = System.nanoTime();
        return new SystemResult(system.name(), scorer.scores(), (runStart - loadStart) / 1e9, (end - runStart) / 1e9,
                system.remarks());
    }

    private static List<QuoteSystemKind> sorted(Set<QuoteSystemKind> systems) {
        return Arrays.stream(QuoteSystemKind.values()).filter(systems::contains).toList();
    }
}
