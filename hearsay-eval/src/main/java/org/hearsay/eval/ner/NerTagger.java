package org.hearsay.eval.ner;

import java.util.List;

/** A system under evaluation: tags a sentence given as gold tokens. */
public interface NerTagger {
    /**
     * Entity chunks over the given tokens, typed PER, ORG, LOC or MISC.
     */
    List<Chunk> tag(List<String> tokens);

    /** Anything the reader of the scores should know about how this system's output was mapped. */
    String remarks();
}
