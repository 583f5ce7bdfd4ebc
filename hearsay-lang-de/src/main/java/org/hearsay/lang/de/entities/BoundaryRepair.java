package org.hearsay.lang.de.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fixes the edges of the statistical tagger's mentions:
 * <ul>
 * <li>a leading preposition is not part of a name ("im Kaukasus" → "Kaukasus");</li>
 * <li>nor is a title or role before a person ("Außenminister Lawrow" → "Lawrow"), as in the
 *     CoNLL and GermEval guidelines;</li>
 * <li>nor does a name end in one ("Die Zeit vom" → "Die Zeit"); other lower-case words may
 *     ("Ali al-Nuaimi", "Côte d'Or");</li>
 * <li>the tagger's IO labels merge adjacent persons ("gratulierte Wladimir Putin Donald Trump"):
 *     a person run is split before a first name that follows a surname;</li>
 * <li>lower-case inflected adjectives ("russische", "deutschen") are derivations, not names.</li>
 * </ul>
 */
final class BoundaryRepair {
    /** Prepositions and preposition-article contractions that the tagger sometimes pulls in. */
    private static final Set<String> PREPOSITIONS = Set.of(
            "in", "im", "ins", "am", "an", "ans", "zu", "zum", "zur", "beim", "bei", "vom", "aus", "nach",
            "für", "mit", "auf", "über", "unter", "gegen", "durch", "seit", "um", "vor", "hinter");

    /** Particles inside person names, never the end of one name before a first name. */
    private static final Set<String> NAME_PARTICLES = Set.of(
            "von", "van", "de", "der", "den", "zu", "di", "da", "del", "della", "du", "la", "le", "ten", "ter", "bin", "ibn", "al");

    private final Set<String> firstNames;
    private final TriggerNouns triggers;

    BoundaryRepair(Set<String> firstNames, TriggerNouns triggers) {
        this.firstNames = firstNames;
        this.triggers = triggers;
    }

    List<Candidate> repair(List<String> words, List<Candidate> candidates) {
        List<Candidate> repaired = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Candidate trimmed = trim(words, candidate);
            if (trimmed == null || isDerivedAdjective(words, trimmed)) {
                continue;
            }
            repaired.addAll(trimmed.type().equals("PER") ? splitPersons(words, trimmed) : List.of(trimmed));
        }
        return repaired;
    }

    /** The candidate without the words that cannot belong to it, or null when none are left. */
    private Candidate trim(List<String> words, Candidate candidate) {
        int first = candidate.first();
        int end = candidate.end();
        while (first < end && (PREPOSITIONS.contains(words.get(first).toLowerCase(Locale.GERMAN))
                || candidate.type().equals("PER") && isPersonTrigger(words.get(first)))) {
            first++;
        }
        while (end > first && PREPOSITIONS.contains(words.get(end - 1))) {
            end--;
        }
        if (first == end) {
            return null;
        }
        return first == candidate.first() && end == candidate.end() ? candidate : candidate.narrowed(first, end);
    }

    private boolean isPersonTrigger(String word) {
        return triggers.typeAnnounced(word).filter("PER"::equals).isPresent();
    }

    /**
     * "Wladimir Putin Donald Trump" → two persons: cut before a first name that follows a word
     * which is neither a first name nor a particle, when a surname follows the first name and at
     * least two words precede it (a single word before may be an unlisted first name: "Wilton
     * Daniel Gregory").
     */
    private List<Candidate> splitPersons(List<String> words, Candidate person) {
        List<Candidate> parts = new ArrayList<>();
        int start = person.first();
        for (int i = person.first() + 2; i < person.end() - 1; i++) {
            String previous = words.get(i - 1);
            if (i - start >= 2 && firstNames.contains(words.get(i)) && !firstNames.contains(previous)
                    && !NAME_PARTICLES.contains(previous.toLowerCase(Locale.ROOT))) {
                parts.add(person.narrowed(start, i));
                start = i;
            }
        }
        parts.add(person.narrowed(start, person.end()));
        return parts;
    }

    /** A single lower-case word with an adjective ending: "russische", "deutschen", "amerikanischer". */
    private static boolean isDerivedAdjective(List<String> words, Candidate candidate) {
        if (candidate.length() != 1) {
            return false;
        }
        String word = words.get(candidate.first());
        return word.length() >= 5 && Character.isLowerCase(word.charAt(0)) && word.matches(".*(e|en|er|es|em)");
    }
}
