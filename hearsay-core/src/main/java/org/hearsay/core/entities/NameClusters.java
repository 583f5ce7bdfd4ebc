package org.hearsay.core.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Entity;

/**
 * Groups names: inflections by their base form, known aliases, short names with the one longest
 * name of the same type that contains them ("Putin" in "Wladimir Putin", "Kursk" in "Gebiet
 * Kursk"), abbreviations with their expansion. A short name two longer names contain ("Müller"
 * after "Thomas Müller" and "Gerd Müller") is left on its own rather than guessed.
 */
final class NameClusters {
    private final Map<String, String> shortForms = new HashMap<>();
    private final Map<String, String> typeOfKey = new LinkedHashMap<>();
    private final Map<String, Cluster> clusters = new LinkedHashMap<>();
    private final Map<String, String> targets = new HashMap<>();
    private final EntityLanguage language;

    private NameClusters(EntityLanguage language) {
        this.language = language;
    }

    /** Every name candidate and abbreviation expansion assigned to its cluster. */
    static List<Cluster.Assigned> assign(List<Candidate> names, List<Abbreviation> abbreviations,
                                         EntityLanguage language, Map<String, Cluster> clustersOut) {
        NameClusters n = new NameClusters(language);
        List<Candidate> all = new ArrayList<>(names);
        for (Abbreviation a : abbreviations) {
            n.shortForms.put(a.shortForm(), n.aliasOf(a.expansion().base()));
            // A name inside the long form ("Ukraine" in "Armed Forces of Ukraine") stays its own entity.
            if (names.stream().noneMatch(c -> c.span().contains(a.expansion().span()))) {
                all.add(a.expansion());
            }
        }
        all.sort((a, b) -> a.span().compareTo(b.span()));
        all.forEach(c -> n.typeOfKey.putIfAbsent(n.key(c), c.type()));
        List<Cluster.Assigned> assigned = new ArrayList<>();
        for (Candidate c : all) {
            String key = n.key(c);
            String target = n.targets.computeIfAbsent(key, n::target);
            Cluster cluster = n.clusters.computeIfAbsent(target, t -> new Cluster(n.typeOfKey.get(t), t));
            Entity.Form form = n.shortForms.containsKey(c.base()) ? Entity.Form.ABBREVIATION
                    : key.equals(target) ? Entity.Form.NAME : Entity.Form.SHORT_NAME;
            if (form == Entity.Form.ABBREVIATION) {
                cluster.abbreviation = c.base();
            }
            Cluster.Assigned a = new Cluster.Assigned(c, cluster, form);
            cluster.add(a);
            assigned.add(a);
        }
        clustersOut.putAll(n.clusters);
        return assigned;
    }

    /** The key a name is grouped under: its expansion for an abbreviation, else its alias or base form. */
    private String key(Candidate c) {
        String expansion = shortForms.get(c.base());
        return expansion != null ? expansion : aliasOf(c.base());
    }

    private String aliasOf(String base) {
        String alias = language.alias(base);
        return alias == null ? base : alias;
    }

    /**
     * The one maximal name of the same type that {@code key} shortens, else {@code key} itself. A
     * one-word organisation that only a person's name contains is that person typed wrongly by
     * the tagger ("Nick Merrill … Merrill said").
     */
    private String target(String key) {
        String type = typeOfKey.get(key);
        String found = longest(key, type);
        if (found == null && "ORG".equals(type) && !key.contains(" ")) {
            found = longest(key, "PER");
        }
        return found == null ? key : found;
    }

    private String longest(String key, String containerType) {
        List<String> containers = typeOfKey.keySet().stream()
                .filter(k -> !k.equals(key) && containerType.equals(typeOfKey.get(k)) && contains(k, key)
                        && language.shortens(containerType, k, key)).toList();
        List<String> maximal = containers.stream()
                .filter(k -> containers.stream().noneMatch(other -> !other.equals(k) && contains(other, k))).toList();
        return maximal.size() == 1 ? maximal.get(0) : null;
    }

    /** Whether the words of {@code part} occur in a row in {@code whole}. */
    static boolean contains(String whole, String part) {
        List<String> w = Arrays.asList(whole.split(" "));
        List<String> p = Arrays.asList(part.split(" "));
        return p.size() < w.size() && Collections.indexOfSubList(w, p) >= 0;
    }
}
