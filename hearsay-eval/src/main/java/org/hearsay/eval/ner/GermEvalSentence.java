package org.hearsay.eval.ner;

import java.util.List;

/**
 * One sentence of the GermEval 2014 NER data.
 *
 * @param source    the URL and date from the sentence's {@code #} line
 * @param tokens    the gold tokens
 * @param outerTags outer-level BIO tags, one per token (B-PER, I-LOCderiv, O…)
 */
public record GermEvalSentence(String source, List<String> tokens, List<String> outerTags) {
    public GermEvalSentence {
        tokens = List.copyOf(tokens);
        outerTags = List.copyOf(outerTags);
        if (tokens.size() != outerTags.size()) {
            throw new IllegalArgumentException("tokens and tags differ in length");
        }
    }

    public List<Chunk> goldChunks() {
        return BioChunks.decode(outerTags);
    }
}
