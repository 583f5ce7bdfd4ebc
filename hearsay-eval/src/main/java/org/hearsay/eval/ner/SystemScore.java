package org.hearsay.eval.ner;

import java.util.List;

/**
 * One system's result on the scored sentences.
 *
 * @param loadSeconds time to load its models
 * @param tagSeconds  time to tag all sentences (one thread)
 */
public record SystemScore(NerSystem system, List<TypeScore> perType, TypeScore micro, ErrorBreakdown errors,
                          double loadSeconds, double tagSeconds, String remarks) {
    public SystemScore {
        perType = List.copyOf(perType);
    }
}
