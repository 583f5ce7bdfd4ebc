package org.hearsay.core.pipeline;

import java.util.BitSet;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.quotes.AttributedSentences;

/** Which sentences get a dependency parse, the most expensive step of the analysis. */
public enum ParseScope {
    /**
     * Only sentences that hold an attributed statement (a quotation's content, cue, frame, speaker
     * or addressee): the ones whose structure the stages built on quotations read.
     */
    ATTRIBUTED_SENTENCES("attributed", Set.of(Layers.SENTENCES, Layers.QUOTATIONS)),
    /** Every sentence. */
    ALL_SENTENCES("all", Set.of(Layers.SENTENCES));

    private final String label;
    private final Set<Layer<?>> reads;

    ParseScope(String label, Set<Layer<?>> reads) {
        this.label = label;
        this.reads = reads;
    }

    /** A short name for a stage's configuration string. */
    public String label() {
        return label;
    }

    /** The layers choosing the sentences reads; a parsing stage requires them. */
    public Set<Layer<?>> reads() {
        return reads;
    }

    /** The indices of the sentences to parse. */
    public BitSet sentences(Analysis analysis) {
        if (this == ATTRIBUTED_SENTENCES) {
            return AttributedSentences.of(analysis);
        }
        BitSet all = new BitSet();
        all.set(0, analysis.get(Layers.SENTENCES).size());
        return all;
    }
}
