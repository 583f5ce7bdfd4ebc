package org.hearsay.lang.de.morphology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses among the readings of verb forms from the sentence around them. German verb forms are
 * highly syncretic: "führen" is an infinitive or a 1st/3rd person plural, indicative or
 * Konjunktiv I; "erwecke" is 1st person indicative or 1st/3rd person Konjunktiv I. The rules:
 * <ol>
 *   <li>1st and 2nd person readings need an "ich"/"wir" or "du"/"ihr" in the clause; news is
 *       written in the 3rd person, so "sie habe" is Konjunktiv I, not "ich habe". A subject
 *       pronoun next to the verb fixes its person.</li>
 *   <li>Imperatives need a clause-initial verb in a sentence ending with "!".</li>
 *   <li>A clause has one finite verb: after a subordinating conjunction or relative pronoun it is
 *       the last verb, otherwise the first; the other verbs are infinitives or participles,
 *       participles next to "haben"/"sein", infinitives next to a modal or after "zu".</li>
 *   <li>A form that is both indicative and subjunctive in the same person and number reads as
 *       indicative: German grammar replaces such Konjunktiv forms ("sie haben") by Konjunktiv II
 *       ("sie hätten") exactly because they cannot show the mood.</li>
 * </ol>
 */
final class VerbReadings {
    private static final Set<String> PERFECT_AUXILIARIES = Set.of("haben", "sein");
    /** Nominative personal pronouns and their person; "sie" and "ihr" are left out (also accusative, dative). */
    private static final Map<String, String> SUBJECT_PRONOUNS = Map.of(
            "ich", "1", "du", "2", "er", "3", "es", "3", "wir", "1");
    private static final Set<String> WH_WORDS = Set.of("wer", "wen", "wem", "wessen", "was", "wie", "wo", "wann",
            "warum", "weshalb", "weswegen", "wieso", "woher", "wohin", "womit", "wofür", "wodurch", "worüber",
            "welche", "welcher", "welches", "welchen", "welchem", "inwiefern", "inwieweit", "wieviel", "wieviele");

    private VerbReadings() {
    }

    static void apply(SentenceReadings s) {
        List<Clause> clauses = clauses(s);
        for (Clause clause : clauses) {
            restrictPersons(s, clause);
        }
        restrictImperatives(s);
        for (Clause clause : clauses) {
            resolveFiniteness(s, clause);
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.isVerbal(i)) {
                agreeWithAdjacentPronoun(s, i);
                preferIndicative(s, i);
            }
        }
    }

    private static void restrictPersons(SentenceReadings s, Clause clause) {
        boolean first = false;
        boolean second = false;
        for (int i = clause.start(); i < clause.end(); i++) {
            String w = s.lower(i);
            first |= w.equals("ich") || w.equals("wir");
            second |= w.equals("du") || w.equals("ihr");
        }
        final boolean firstPerson = first;
        final boolean secondPerson = second;
        for (int i = clause.start(); i < clause.end(); i++) {
            if (s.isVerbal(i)) {
                s.restrict(i, r -> !r.isVerb() || !"1".equals(r.feature("Person")) || firstPerson);
                s.restrict(i, r -> !r.isVerb() || !"2".equals(r.feature("Person")) || secondPerson
                        || "Imp".equals(r.feature("Mood")));
            }
        }
    }

    /** Subject pronouns right before or after the verb fix its person: "ich habe", "habe ich". */
    private static void agreeWithAdjacentPronoun(SentenceReadings s, int i) {
        for (int j : new int[] {i - 1, i + 1}) {
            String person = j >= 0 && j < s.size() ? SUBJECT_PRONOUNS.get(s.lower(j)) : null;
            if (person != null) {
                s.restrict(i, r -> !r.isFinite() || person.equals(r.feature("Person")));
                return;
            }
        }
    }

    private static void restrictImperatives(SentenceReadings s) {
        int first = 0;
        while (first < s.size() && s.isPunctuation(first)) {
            first++;
        }
        boolean exclamation = s.size() > 0 && s.form(s.size() - 1).equals("!");
        for (int i = 0; i < s.size(); i++) {
            boolean possible = exclamation && i == first;
            if (s.isVerbal(i) && !possible) {
                s.restrict(i, r -> !"Imp".equals(r.feature("Mood")));
            }
        }
    }

    /** Words [start, end) between two clause-separating punctuation marks: a rough clause. */
    private record Clause(int start, int end) {
    }

    private static List<Clause> clauses(SentenceReadings s) {
        List<Clause> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.size(); i++) {
            if (i == s.size() || s.isClauseBoundary(i)) {
                if (i > start) {
                    clauses.add(new Clause(start, i));
                }
                start = i + 1;
            }
        }
        return clauses;
    }

    private static void resolveFiniteness(SentenceReadings s, Clause clause) {
        List<Integer> verbs = new ArrayList<>();
        for (int i = clause.start(); i < clause.end(); i++) {
            if (s.isVerbal(i)) {
                verbs.add(i);
                if (i > 0 && ZuInfinitives.isMarker(s, i - 1) || s.any(i, Reading::isZuInfinitive)) {
                    s.restrict(i, Reading::isNonFinite);
                }
            }
        }
        List<Integer> ambiguous = verbs.stream()
                .filter(i -> s.any(i, Reading::isFinite) && s.any(i, Reading::isNonFinite))
                .toList();
        if (ambiguous.isEmpty()) {
            choosePartOrInfinitive(s, verbs);
            return;
        }
        boolean hasFinite = verbs.stream().anyMatch(i -> s.all(i, Reading::isFinite));
        Integer finite = hasFinite ? null : finitePosition(s, clause, verbs);
        for (int i : ambiguous) {
            if (Objects.equals(i, finite)) {
                s.restrict(i, Reading::isFinite);
            } else {
                s.restrict(i, Reading::isNonFinite);
            }
        }
        choosePartOrInfinitive(s, verbs);
    }

    /** The verb that carries finiteness: the last in a verb-final clause, else the first. */
    private static Integer finitePosition(SentenceReadings s, Clause clause, List<Integer> verbs) {
        List<Integer> candidates = verbs.stream().filter(i -> s.any(i, Reading::isFinite)).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        return verbFinal(s, clause) ? candidates.getLast() : candidates.getFirst();
    }

    private static boolean verbFinal(SentenceReadings s, Clause clause) {
        int i = clause.start();
        if (s.uposIs(i, "CCONJ")) {
            i++;
        }
        if (i >= clause.end()) {
            return false;
        }
        if (s.uposIs(i, "SCONJ") || FunctionWords.opensRelativeClause(s, i)) {
            return true;
        }
        boolean afterComma = clause.start() > 0 && s.form(clause.start() - 1).equals(",");
        if (afterComma && WH_WORDS.contains(s.lower(i))) {
            return true;
        }
        // "…, mit dem / in der …": a preposition opening a relative clause.
        return afterComma && s.uposIs(i, "ADP") && i + 1 < clause.end() && FunctionWords.opensRelativeClause(s, i + 1);
    }

    /**
     * Same-looking infinitive and participle ("verlassen", "erhalten"): the auxiliary decides.
     * "haben"/"sein" right after it or finite elsewhere in the clause make it a participle
     * ("erhalten haben", "hat … erhalten"); a modal makes it an infinitive ("soll … erhalten").
     */
    private static void choosePartOrInfinitive(SentenceReadings s, List<Integer> verbs) {
        for (int i : verbs) {
            boolean inf = s.any(i, r -> "Inf".equals(r.feature("VerbForm")));
            boolean part = s.any(i, r -> "Part".equals(r.feature("VerbForm")));
            if (!inf || !part || s.any(i, Reading::isFinite)) {
                continue;
            }
            boolean perfectAfter = verbs.contains(i + 1) && s.any(i + 1, r -> PERFECT_AUXILIARIES.contains(r.lemma()));
            boolean perfect = false;
            boolean modal = false;
            for (int j : verbs) {
                if (j != i) {
                    perfect |= s.any(j, r -> r.isFinite() && PERFECT_AUXILIARIES.contains(r.lemma()));
                    modal |= s.any(j, r -> FunctionWords.MODALS.contains(r.lemma()));
                }
            }
            if (perfectAfter || perfect && !modal) {
                s.restrict(i, r -> "Part".equals(r.feature("VerbForm")));
            } else if (modal && !perfect) {
                s.restrict(i, r -> "Inf".equals(r.feature("VerbForm")));
            }
        }
    }

    private static void preferIndicative(SentenceReadings s, int i) {
        List<Reading> indicative = s.readings(i).stream().filter(r -> "Ind".equals(r.feature("Mood"))).toList();
        s.restrict(i, r -> !"Sub".equals(r.feature("Mood")) || indicative.stream().noneMatch(ind ->
                Objects.equals(ind.feature("Person"), r.feature("Person"))
                        && Objects.equals(ind.feature("Number"), r.feature("Number"))));
    }
}
