package org.hearsay.eval.ner;

import java.util.function.Supplier;

/** The systems {@code hearsay eval ner} can score. */
public enum NerSystem {
    CORENLP("CoreNLP German CRF", CoreNlpNerTagger::new),
    HEARSAY("Hearsay German pipeline", HearsayNerTagger::installed);

    private final String title;
    private final Supplier<NerTagger> factory;

    NerSystem(String title, Supplier<NerTagger> factory) {
        this.title = title;
        this.factory = factory;
    }

    public String title() {
        return title;
    }

    /** Loads the system's models. */
    public NerTagger load() {
        return factory.get();
    }
}
