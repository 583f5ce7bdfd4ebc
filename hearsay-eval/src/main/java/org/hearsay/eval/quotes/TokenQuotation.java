package org.hearsay.eval.quotes;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A quotation as the scorer sees it, gold or predicted: the corpus tokens of each role.
 *
 * @param tokens token ids per role; every role present, absent roles empty
 * @param type   null when unknown (never equal to anything)
 * @param medium null when unknown (never equal to anything)
 */
public record TokenQuotation(Map<Role, Set<Integer>> tokens, QuoteType type, String medium) {
    public TokenQuotation {
        EnumMap<Role, Set<Integer>> copy = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            copy.put(role, Set.copyOf(tokens.getOrDefault(role, Set.of())));
        }
        tokens = Map.copyOf(copy);
    }

    public Set<Integer> tokens(Role role) {
        return tokens.get(role);
    }

    /** The tokens of a role in ascending order. */
    public SortedSet<Integer> sorted(Role role) {
        return new TreeSet<>(tokens.get(role));
    }

    /** A predicted quotation mapped onto the corpus tokens. */
    public static TokenQuotation of(PredictedQuotation predicted, TokenIndex index) {
        EnumMap<Role, Set<Integer>> tokens = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            tokens.put(role, index.overlapping(predicted.spans(role)));
        }
        return new TokenQuotation(tokens, predicted.type(), predicted.medium());
    }
}
