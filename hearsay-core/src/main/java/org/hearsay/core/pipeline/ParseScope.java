package org.hearsay.core.pipeline;

/** Which sentences get a dependency parse, the most expensive step of the analysis. */
public enum ParseScope {
    /** Only sentences that may report speech (quote marks, cue words, reported-speech mood). */
    CUE_SENTENCES,
    /** Every sentence. */
    ALL_SENTENCES
}
