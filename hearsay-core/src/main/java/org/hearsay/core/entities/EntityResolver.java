package org.hearsay.core.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Span;

/**
 * Resolves the references of one article to entities, language-neutral over what an
 * {@link EntityLanguage} finds: names grouped by {@link NameClusters}; every named source joined
 * to its entity with the descriptions and pronouns the quotation stage already resolved for it;
 * then the remaining descriptions and pronouns in text order by {@link Antecedents}. Ids follow
 * the order of first reference. One instance per article.
 */
public final class EntityResolver {
    private final Analysis analysis;
    private final EntityLanguage language;
    private final Map<String, Cluster> byName = new LinkedHashMap<>();
    private final List<Cluster> clusters = new ArrayList<>();
    private final List<Cluster.Assigned> assigned = new ArrayList<>();
    /** Mentions of anonymous sources: referents a pronoun may mean, but no entities. */
    private final List<Candidate> anonymous = new ArrayList<>();

    private EntityResolver(Analysis analysis, EntityLanguage language) {
        this.analysis = analysis;
        this.language = language;
    }

    public static List<Entity> resolve(Analysis analysis, EntityLanguage language) {
        return new EntityResolver(analysis, language).run();
    }

    /** Something the walk in text order meets: a reference already placed, or a phrase still to resolve. */
    private record Event(Candidate candidate, Cluster cluster, boolean open) {
    }

    private List<Entity> run() {
        List<Candidate> candidates = language.candidates();
        assigned.addAll(NameClusters.assign(candidates.stream().filter(c -> c.kind() == Candidate.Kind.NAME).toList(),
                language.abbreviations(), language, byName));
        clusters.addAll(byName.values());
        for (Source source : analysis.get(Layers.SOURCES)) {
            if (source.anonymous()) {
                source.mentions().stream().filter(this::free).map(language::phrase).forEach(anonymous::add);
            } else {
                joinSource(source);
            }
        }
        walk(candidates);
        List<Cluster> ordered = clusters.stream().filter(c -> !c.references.isEmpty())
                .sorted(Comparator.comparingInt(Cluster::firstStart)).toList();
        List<Entity> entities = new ArrayList<>();
        for (Cluster c : ordered) {
            entities.add(c.toEntity("e" + (entities.size() + 1), analysis, language));
        }
        return entities;
    }

    /**
     * Joins a named source to the entity its mentions name, or whose name holds the source's name
     * ("Jessica Ditto" for "Ditto"), or to a new one for a named outlet no name mention covers;
     * then takes over its other mentions as references.
     */
    private void joinSource(Source source) {
        Cluster cluster = byName.get(source.name());
        if (cluster == null) {
            cluster = assigned.stream()
                    .filter(a -> source.mentions().stream().anyMatch(span -> span.contains(a.candidate().span())))
                    .max(Comparator.comparingInt(a -> a.candidate().span().length()))
                    .map(Cluster.Assigned::cluster).orElse(null);
        }
        if (cluster == null) {
            List<Cluster> containing = clusters.stream().filter(c -> NameClusters.contains(c.canonical, source.name())).toList();
            cluster = containing.size() == 1 ? containing.get(0) : null;
        }
        if (cluster == null) {
            if (source.kind() != Source.Kind.OUTLET || source.name().isEmpty()
                    || !Character.isUpperCase(source.name().codePointAt(0))) {
                return; // "the campaign", "der Zeitung", "des Angestellten": a source the article does not name
            }
            cluster = new Cluster(source.kind() == Source.Kind.NAMED_PERSON ? "PER" : "ORG", source.name());
            byName.put(source.name(), cluster);
            clusters.add(cluster);
        }
        if (cluster.source == null) {
            cluster.source = source.id();
        }
        for (Span span : source.mentions()) {
            if (!free(span)) {
                continue;
            }
            Candidate c = language.phrase(span);
            if (cluster.person() && !personal(c, cluster.gender)) {
                continue;
            }
            Cluster.Assigned a = new Cluster.Assigned(c, cluster,
                    c.kind() == Candidate.Kind.PRONOUN ? Entity.Form.PRONOUN : Entity.Form.DESCRIPTION);
            cluster.add(a);
            assigned.add(a);
        }
    }

    /** Resolves the descriptions and pronouns no source took, in text order, against what came before. */
    private void walk(List<Candidate> candidates) {
        Map<Integer, Cluster.Assigned> namesByFirstToken = new HashMap<>();
        assigned.stream().filter(a -> a.candidate().kind() == Candidate.Kind.NAME)
                .forEach(a -> namesByFirstToken.putIfAbsent(a.candidate().firstToken(), a));
        List<Event> events = new ArrayList<>();
        assigned.forEach(a -> events.add(new Event(a.candidate(), a.cluster(), false)));
        anonymous.forEach(c -> events.add(new Event(c, null, false)));
        for (Candidate c : candidates) {
            boolean anonymousMention = anonymous.stream().anyMatch(a -> a.span().overlaps(c.span()));
            if (c.kind() != Candidate.Kind.NAME && freeAround(c) && !anonymousMention) {
                events.add(new Event(c, null, c.kind() != Candidate.Kind.NOUN));
            }
        }
        events.sort(Comparator.comparing(e -> e.candidate().span()));
        Antecedents antecedents = new Antecedents(namesByFirstToken, language);
        for (Event event : events) {
            Candidate c = event.candidate();
            Cluster target = event.cluster();
            if (event.open()) {
                boolean description = c.kind() == Candidate.Kind.DESCRIPTION;
                target = description ? antecedents.description(c) : antecedents.pronoun(c);
                if (target != null) {
                    target.add(new Cluster.Assigned(c, target, description ? Entity.Form.DESCRIPTION : Entity.Form.PRONOUN),
                            antecedents.generic(c));
                }
            }
            antecedents.remember(target, c);
        }
    }

    /**
     * Whether a source's mention can refer to a person of this gender: not "Sie" for Wolfgang
     * Schäuble, "it" or "they" for anyone, where the quotation stage resolved a speaker too eagerly.
     */
    private static boolean personal(Candidate mention, String gender) {
        if (mention.kind() == Candidate.Kind.PRONOUN && (mention.plural() || "Neut".equals(mention.gender()))) {
            return false;
        }
        return gender == null || mention.gender() == null || gender.equals(mention.gender());
    }

    private boolean free(Span span) {
        return assigned.stream().noneMatch(a -> a.candidate().span().overlaps(span));
    }

    /**
     * Whether a description or pronoun is no one's reference yet. A name inside a description
     * does not count ("the American politician", "des Kreml-Sprechers"): both refer, to different things.
     */
    private boolean freeAround(Candidate c) {
        return assigned.stream().noneMatch(a -> a.candidate().span().overlaps(c.span())
                && !(c.kind() == Candidate.Kind.DESCRIPTION && a.candidate().kind() == Candidate.Kind.NAME
                && c.span().contains(a.candidate().span()) && !c.span().equals(a.candidate().span())));
    }
}
