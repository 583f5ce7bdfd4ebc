package org.hearsay.core.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Entity;

/** An entity while it is being built: its references so far and what they tell about it. */
final class Cluster {
    final String type;
    final String canonical;
    /** Natural gender where a first name, a description or a pronoun told it; null while unknown. */
    String gender;
    String abbreviation;
    String source;
    /** Offices a description or title gave it ("präsident", "außenministerin"), lower case. */
    final Set<String> roles = new HashSet<>();
    /** True once a role description names it: a person even where the tagger typed the name ORG. */
    private boolean described;
    final List<Assigned> references = new ArrayList<>();

    Cluster(String type, String canonical) {
        this.type = type;
        this.canonical = canonical;
    }

    boolean person() {
        return "PER".equals(type) || described;
    }

    /** Adds a reference; a role description also adds its office unless the role is {@code generic}. */
    void add(Assigned reference, boolean generic) {
        references.add(reference);
        Candidate c = reference.candidate();
        if (c.kind() == Candidate.Kind.DESCRIPTION && c.type() == null && c.base() != null) {
            described = true;
            if (!generic) {
                roles.add(c.base().toLowerCase(Locale.ROOT));
            }
        }
        if (gender == null && person() && c.gender() != null && reference.form() != Entity.Form.SHORT_NAME) {
            gender = c.gender();
        }
    }

    /** Adds a name or a source's mention, which tells no office. */
    void add(Assigned reference) {
        add(reference, true);
    }

    /** Whether the article gave it this office: "US-Präsident" fits "Präsident", not "Ministerpräsident". */
    boolean knownAs(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        return roles.stream().anyMatch(known -> r.endsWith(known) || known.endsWith(r));
    }

    int firstStart() {
        return references.stream().mapToInt(r -> r.candidate().span().start()).min().orElse(Integer.MAX_VALUE);
    }

    Entity toEntity(String id, Analysis analysis, EntityLanguage language) {
        List<Entity.Reference> out = references.stream()
                .sorted(Comparator.comparing(r -> r.candidate().span()))
                .map(r -> new Entity.Reference(r.candidate().span(), analysis.textOf(r.candidate().span()), r.form()))
                .toList();
        boolean actor = references.stream().anyMatch(r -> r.form() != Entity.Form.PRONOUN && r.candidate().actor());
        return new Entity(id, type, canonical, out, abbreviation, actor ? language.standsFor(canonical) : null, source);
    }

    /** A candidate taken as a reference to this cluster, in the given form. */
    record Assigned(Candidate candidate, Cluster cluster, Entity.Form form) {
    }
}
