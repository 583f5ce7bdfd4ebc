package org.hearsay.core.pipeline;

/** Which sentences get a dependency parse, the most expensive step of the analysis. */
public enum ParseScope {
    /**
     * Only sentences that hold an attributed statement (a quotation's content, cue, frame, speaker
     * or addressee): the ones whose structure the stages built on quotations read.
     */
    ATTRIBUTED_SENTENCES,
    /** Every sentence. */
    ALL_SENTENCES
}
