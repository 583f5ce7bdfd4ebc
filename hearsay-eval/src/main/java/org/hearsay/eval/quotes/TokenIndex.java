package org.hearsay.eval.quotes;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hearsay.core.model.Span;

/**
 * A document's tokens as character ranges, sorted and not overlapping; token i is the i-th range.
 * Maps predicted character spans onto tokens: a token counts when one of its characters lies in
 * the span, so a system is not punished for cutting a token differently from the corpus.
 */
public final class TokenIndex {
    private final int[] begins;
    private final int[] ends;

    public TokenIndex(List<Span> tokens) {
        begins = new int[tokens.size()];
        ends = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            begins[i] = tokens.get(i).start();
            ends[i] = tokens.get(i).end();
            if (i > 0 && begins[i] < ends[i - 1]) {
                throw new IllegalArgumentException("tokens overlap or are out of order at " + i);
            }
        }
    }

    public int size() {
        return begins.length;
    }

    public Span span(int token) {
        return new Span(begins[token], ends[token]);
    }

    /** The tokens that share at least one character with any of the spans (an empty span has none). */
    public SortedSet<Integer> overlapping(Collection<Span> spans) {
        SortedSet<Integer> ids = new TreeSet<>();
        for (Span span : spans) {
            if (span.length() == 0) {
                continue;
            }
            for (int i = firstEndingAfter(span.start()); i < begins.length && begins[i] < span.end(); i++) {
                ids.add(i);
            }
        }
        return ids;
    }

    /** The first token whose end lies after the offset (binary search; ends are ascending). */
    private int firstEndingAfter(int offset) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
