package org.hearsay.eval.quotes;

/** The corpora {@code hearsay eval quotes} scores on. */
public enum QuoteCorpus {
    WIKINEWS("German Wikinews quotations", "de"),
    POLNEAR("PolNeAR attributions", "en");

    private final String title;
    private final String language;

    QuoteCorpus(String title, String language) {
        this.title = title;
        this.language = language;
    }

    public String title() {
        return title;
    }

    public String language() {
        return language;
    }
}
