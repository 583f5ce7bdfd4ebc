package org.hearsay.eval.quotes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearsay.core.InputException;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Span;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.lang.de.quotes.QuoteSentenceExamples;
import org.hearsay.lang.de.quotes.QuoteSentenceModel;

/**
 * {@code hearsay train quotes}: trains the German sentence model ({@link QuoteSentenceModel}) on
 * a split of the Wikinews quotation corpus (by default train) and writes it where the German
 * language pack ships it. Documents in file-name order and a fixed number of passes, so the same
 * split gives the same file.
 */
public final class QuoteModelTraining {
    public static final Path DEFAULT_TRAIN = Path.of("../shared/corpora/quotes-de-wikinews/train");
    public static final Path DEFAULT_MODEL = Path.of("hearsay-lang-de/src/main/resources/" + QuoteSentenceModel.RESOURCE);
    static final int EPOCHS = 10;

    private QuoteModelTraining() {
    }

    /** Trains on every document of the folder, writes the model and returns a one-line summary. */
    public static String run(Path folder, Path modelFile) throws IOException {
        List<QuoteDocument> documents = WikinewsQuoteReader.read(folder, 0);
        Analyzer analyzer = Analyzer.installed();
        List<QuoteSentenceModel.Example> examples = new ArrayList<>();
        for (QuoteDocument document : documents) {
            Analysis analysis;
            try {
                analysis = analyzer.analyze(EvalArticles.of(document.file(), "de", document.originalText()));
            } catch (InputException e) {
                throw new IllegalStateException("cannot analyse " + document.file() + ": " + e.getMessage(), e);
            }
            examples.addAll(QuoteSentenceExamples.of(analysis, goldQuotes(document)));
        }
        QuoteSentenceModel model = QuoteSentenceModel.train(examples, EPOCHS);
        long quoted = examples.stream().filter(QuoteSentenceModel.Example::quoted).count();
        String summary = String.format(Locale.ROOT, "%d documents, %d sentences the rules leave open (%d of them quoted), %d passes",
                documents.size(), examples.size(), quoted, EPOCHS);
        model.write(modelFile, "German sentence model of Hearsay's quotation stage: feature TAB weight (averaged perceptron).\n"
                + "Trained by `hearsay train quotes` on " + folder.getFileName() + " of quotes-de-wikinews: " + summary + ".");
        return summary + "; model written to " + modelFile;
    }

    private static List<Span> goldQuotes(QuoteDocument document) {
        List<Span> spans = new ArrayList<>();
        for (CorpusQuotation q : document.quotations()) {
            for (TokenSpan piece : q.role(Role.QUOTE).spans()) {
                spans.add(new Span(piece.charBegin(), piece.charEnd()));
            }
        }
        return spans;
    }
}
