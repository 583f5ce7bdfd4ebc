package org.hearsay.eval.quotes;

import java.util.List;

/**
 * A sentence of the German Wikinews quotation corpus, kept so that written predictions carry the
 * same keys as the gold files.
 *
 * @param begin first token id; {@code end} is exclusive
 */
public record CorpusSentence(int id, int begin, int end, int charBegin, int charEnd, String text,
                             List<Integer> tokenIds, List<String> tokens) {
    public CorpusSentence {
        tokenIds = List.copyOf(tokenIds);
        tokens = List.copyOf(tokens);
    }
}
