package org.hearsay.eval.quotes;

import java.nio.file.Path;
import java.util.Set;

/**
 * Settings of {@code hearsay eval quotes}.
 *
 * @param wikinews         a split folder of quotes-de-wikinews (by default the dev split)
 * @param polnear          a split folder of polnear-en, holding text/ and attributions/ (by default dev)
 * @param corpora          which corpora to score
 * @param systems          which systems to run, each on the same documents
 * @param limit            the first N documents of each corpus in file-name order; 0 for all
 * @param writePredictions when not null, each system's Wikinews predictions are written in the
 *                         corpus's JSON format to {@code writePredictions/<system>/}
 */
public record QuoteEvalOptions(Path wikinews, Path polnear, Set<QuoteCorpus> corpora, Set<QuoteSystemKind> systems,
                               int limit, Path writePredictions) {
    public static final Path DEFAULT_WIKINEWS = Path.of("../shared/corpora/quotes-de-wikinews/dev");
    public static final Path DEFAULT_POLNEAR = Path.of("../shared/corpora/polnear-en/dev");

    public QuoteEvalOptions {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all) or positive");
        }
        corpora = Set.copyOf(corpora);
        systems = Set.copyOf(systems);
    }

    /** Both dev splits at their default places, all documents, all systems, nothing written. */
    public static QuoteEvalOptions defaults() {
        return new QuoteEvalOptions(DEFAULT_WIKINEWS, DEFAULT_POLNEAR, Set.of(QuoteCorpus.values()),
                Set.of(QuoteSystemKind.values()), 0, null);
    }
}
