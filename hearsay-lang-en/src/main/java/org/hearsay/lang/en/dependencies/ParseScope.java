package org.hearsay.lang.en.dependencies;

/** Which sentences the dependency stage parses. */
public enum ParseScope {
    /**
     * Only sentences with a quotation mark or a reporting cue word: the ones attribution
     * analysis reads. Parsing is the slowest English stage, and most news sentences hold no
     * attribution, so this is the default.
     */
    CUE_SENTENCES,
    /** Every sentence. */
    ALL_SENTENCES
}
