package org.hearsay.lang.de.morphology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds separated verb particles: in "Er stellte fest, dass …" the verb is "feststellen", split
 * around its object. A word at the end of a clause that the dictionary knows as a particle, after
 * a finite verb, is that verb's particle when particle + verb lemma is a verb the dictionary knows.
 * The verb then takes the whole lemma, which is what a reader (and a cue-word list) looks up.
 */
final class SeparableVerbs {
    private static final Set<String> PARTICLE_TAGS = Set.of("ADP", "ADV", "ADJ", "PART");

    private SeparableVerbs() {
    }

    /** Particle position → position of its verb. */
    static Map<Integer, Integer> find(SentenceReadings s, Map<Integer, String> lemmas) {
        Map<Integer, Integer> particles = new HashMap<>();
        for (int i = 1; i < s.size(); i++) {
            boolean clauseEnd = i + 1 >= s.size() || s.isClauseBoundary(i + 1) || s.uposIs(i + 1, "CCONJ");
            if (!clauseEnd || !PARTICLE_TAGS.contains(s.upos(i))
                    || s.dictionaryReadings(i).stream().noneMatch(r -> r.category().equals("ZUS"))) {
                continue;
            }
            int verb = finiteVerbBefore(s, i);
            String lemma = verb < 0 ? null : lemmas.get(verb);
            if (lemma != null && !lemma.contains(" ") && isVerb(s.lower(i) + lemma)) {
                particles.put(i, verb);
            }
        }
        return particles;
    }

    /** The nearest finite verb before {@code end} in the same clause, or -1. */
    private static int finiteVerbBefore(SentenceReadings s, int end) {
        for (int i = end - 1; i >= 0 && !s.isClauseBoundary(i); i--) {
            if (s.isVerbal(i) && s.all(i, r -> !r.isVerb() || r.isFinite())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isVerb(String candidate) {
        List<Reading> readings = Dictionary.readings(List.of(candidate)).getFirst();
        return readings.stream().anyMatch(r -> r.isVerb() && r.lemma().equals(candidate));
    }
}
