package org.hearsay.eval.quotes;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An annotation of the German Wikinews quotation corpus (gold, or predictions written in its format).
 *
 * @param type      null only in written predictions whose system gave none
 * @param medium    Speech, Writing, Thought, ST, SW, TW or none; null only as for type
 * @param nested    the corpus's {@code isNested}: this quotation lies inside another's quote
 * @param hasNested another quotation lies inside this one's quote
 * @param roles     every role; absent ones are {@link RoleAnnotation#ABSENT}
 */
public record CorpusQuotation(int id, QuoteType type, String medium, boolean nested, boolean hasNested,
                              Map<Role, RoleAnnotation> roles) {
    public CorpusQuotation {
        EnumMap<Role, RoleAnnotation> copy = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            copy.put(role, roles.getOrDefault(role, RoleAnnotation.ABSENT));
        }
        roles = Map.copyOf(copy);
    }

    public RoleAnnotation role(Role role) {
        return roles.get(role);
    }

    /** The form the scorer compares. */
    public TokenQuotation toTokens() {
        EnumMap<Role, Set<Integer>> tokens = new EnumMap<>(Role.class);
        roles.forEach((role, annotation) -> tokens.put(role, new HashSet<>(annotation.tokenIds())));
        return new TokenQuotation(tokens, type, medium);
    }
}
