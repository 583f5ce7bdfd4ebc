package org.hearsay.core.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Span;

/** Every reference of the entities layer in text order, to find a claim's subjects and its pronouns. */
final class EntityReferences {
    record Ref(Span span, Entity entity, Entity.Form form) {
    }

    private final List<Ref> refs = new ArrayList<>();

    EntityReferences(List<Entity> entities) {
        for (Entity e : entities) {
            for (Entity.Reference r : e.references()) {
                refs.add(new Ref(r.span(), e, r.form()));
            }
        }
        refs.sort((a, b) -> a.span().compareTo(b.span()));
    }

    /** Ids of the entities referred to inside {@code span}, in the order of their first reference there. */
    List<String> idsIn(Span span) {
        Set<String> ids = new LinkedHashSet<>();
        in(span).forEach(r -> ids.add(r.entity().id()));
        return List.copyOf(ids);
    }

    /** The pronouns inside {@code span} with the names of the entities they refer to. */
    List<Propositions.Replacement> pronounsIn(Span span) {
        return in(span).stream().filter(r -> r.form() == Entity.Form.PRONOUN)
                .map(r -> new Propositions.Replacement(r.span(), r.entity().canonical())).toList();
    }

    /** The references inside {@code span}, in text order. */
    List<Ref> in(Span span) {
        int lo = 0;
        int hi = refs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (refs.get(mid).span().start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Ref> inside = new ArrayList<>();
        for (int i = lo; i < refs.size() && refs.get(i).span().start() < span.end(); i++) {
            if (span.contains(refs.get(i).span())) {
                inside.add(refs.get(i));
            }
        }
        return inside;
    }
}
