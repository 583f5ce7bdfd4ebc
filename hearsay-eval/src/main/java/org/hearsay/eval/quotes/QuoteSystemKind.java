package org.hearsay.eval.quotes;

import java.util.function.Function;

/** The systems {@code hearsay eval quotes} can score; each is built for one language. */
public enum QuoteSystemKind {
    BASELINE(language -> new QuoteMarksBaseline()),
    HEARSAY(HearsayQuotationSystem::new);

    private final Function<String, QuotationSystem> factory;

    QuoteSystemKind(Function<String, QuotationSystem> factory) {
        this.factory = factory;
    }

    /** Builds the system for a language (ISO 639-1); may load models. */
    public QuotationSystem create(String language) {
        return factory.apply(language);
    }
}
