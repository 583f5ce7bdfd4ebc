package org.hearsay.eval.claims;

import java.util.Arrays;
import java.util.List;
import org.hearsay.core.model.Span;
import org.hearsay.eval.quotes.Hungarian;

/**
 * Pairs the gold claims of a paragraph with the predicted ones: a predicted claim can match a gold
 * claim whose evidence its span overlaps, and the pairs are chosen one-to-one so that the total
 * number of overlapping characters is largest (linear-sum assignment). A claim span usually covers
 * a whole clause or sentence and the evidence only its core words, so overlap, not equality, is
 * the test.
 */
public final class ClaimMatcher {
    private ClaimMatcher() {
    }

    /**
     * @param evidence  the gold claims' evidence spans
     * @param predicted the predicted claims' spans (null for a claim without one)
     * @return for each gold claim the index of its predicted claim, or -1 when none overlaps it
     */
    public static int[] match(List<Span> evidence, List<Span> predicted) {
        if (evidence.isEmpty() || predicted.isEmpty()) {
            int[] none = new int[evidence.size()];
            Arrays.fill(none, -1);
            return none;
        }
        double[][] overlap = new double[evidence.size()][predicted.size()];
        for (int g = 0; g < evidence.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                overlap[g][p] = overlap(evidence.get(g), predicted.get(p));
            }
        }
        int[] pairing = Hungarian.maximise(overlap);
        for (int g = 0; g < pairing.length; g++) {
            // The assignment fills every row it can; a pair sharing no character is no match.
            if (pairing[g] >= 0 && overlap[g][pairing[g]] == 0) {
                pairing[g] = -1;
            }
        }
        return pairing;
    }

    private static int overlap(Span a, Span b) {
        return b == null ? 0 : Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }
}
