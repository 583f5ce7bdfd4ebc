package org.hearsay.eval.quotes;

import java.util.Collection;
import java.util.Set;

/**
 * Token counts of one gold/predicted comparison, and the precision and recall they give.
 * Convention for empty sides: when neither side has a token the pair agrees that the part is
 * absent, P = R = 1; when only one side has tokens, P = R = 0 (a miss or a false alarm).
 *
 * @param overlap   tokens in both
 * @param predicted tokens in the prediction
 * @param gold      tokens in the gold annotation
 */
public record Overlap(int overlap, int predicted, int gold) {
    public static final Overlap NONE = new Overlap(0, 0, 0);

    public Overlap {
        if (overlap < 0 || overlap > predicted || overlap > gold) {
            throw new IllegalArgumentException("impossible counts " + overlap + "/" + predicted + "/" + gold);
        }
    }

    public static Overlap of(Set<Integer> gold, Set<Integer> predicted) {
        int both = 0;
        for (Integer token : predicted) {
            if (gold.contains(token)) {
                both++;
            }
        }
        return new Overlap(both, predicted.size(), gold.size());
    }

    /** Counts pooled over several parts (tokens of different roles never match each other). */
    public static Overlap sum(Collection<Overlap> parts) {
        int o = 0;
        int p = 0;
        int g = 0;
        for (Overlap part : parts) {
            o += part.overlap;
            p += part.predicted;
            g += part.gold;
        }
        return new Overlap(o, p, g);
    }

    public double precision() {
        if (predicted == 0) {
            return gold == 0 ? 1 : 0;
        }
        return (double) overlap / predicted;
    }

    public double recall() {
        if (gold == 0) {
            return predicted == 0 ? 1 : 0;
        }
        return (double) overlap / gold;
    }

    /** Token F1: 2·overlap / (predicted + gold); 1 when both are empty. */
    public double f1() {
        int total = predicted + gold;
        return total == 0 ? 1 : 2.0 * overlap / total;
    }
}
