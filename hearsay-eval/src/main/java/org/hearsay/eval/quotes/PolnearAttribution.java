package org.hearsay.eval.quotes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Span;

/**
 * One PolNeAR attribution (an {@code E} line): the character pieces of its content
 * ({@link Role#QUOTE}), source ({@link Role#SPEAKER}) and cue ({@link Role#CUE}). Roles the line
 * does not name are empty; a second content ({@code Content2}) is added to the content.
 */
public record PolnearAttribution(Map<Role, List<Span>> spans) {
    public PolnearAttribution {
        EnumMap<Role, List<Span>> copy = new EnumMap<>(Role.class);
        for (Role role : PolnearReader.ROLES) {
            copy.put(role, List.copyOf(spans.getOrDefault(role, List.of())));
        }
        spans = Map.copyOf(copy);
    }

    /** The attribution as a quotation without type or medium, for mapping onto tokens. */
    public PredictedQuotation asQuotation() {
        return new PredictedQuotation(null, null, spans);
    }
}
