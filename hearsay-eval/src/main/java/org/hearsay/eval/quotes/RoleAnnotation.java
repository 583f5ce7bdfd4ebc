package org.hearsay.eval.quotes;

import java.util.List;

/**
 * A role of an annotated quotation, in the corpus's own form: its text, its document-level token
 * ids and its contiguous pieces. An absent role has no tokens.
 */
public record RoleAnnotation(String text, List<Integer> tokenIds, List<TokenSpan> spans) {
    public static final RoleAnnotation ABSENT = new RoleAnnotation("", List.of(), List.of());

    public RoleAnnotation {
        tokenIds = List.copyOf(tokenIds);
        spans = List.copyOf(spans);
    }
}
