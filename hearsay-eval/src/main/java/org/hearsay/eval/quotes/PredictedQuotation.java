package org.hearsay.eval.quotes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Span;

/**
 * One quotation a system found, as character spans into the article text.
 *
 * @param type   the quotation type, or null when the system does not say
 * @param medium the medium as the corpus writes it (Speech, Writing, Thought, ST, SW, TW), or null
 * @param spans  the pieces of each role; a role that is absent maps to an empty list
 */
public record PredictedQuotation(QuoteType type, String medium, Map<Role, List<Span>> spans) {
    public PredictedQuotation {
        EnumMap<Role, List<Span>> copy = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            copy.put(role, List.copyOf(spans.getOrDefault(role, List.of())));
        }
        spans = Map.copyOf(copy);
    }

    public List<Span> spans(Role role) {
        return spans.get(role);
    }
}
