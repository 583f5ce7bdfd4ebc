package org.hearsay.lang.de.morphology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Narrows case, number and gender inside simple noun phrases: determiner, attributive adjectives
 * and the head noun must agree, and a preposition in front fixes the case. "mit der Ukraine":
 * "der" is nominative masculine, genitive or dative feminine…; "Ukraine" is feminine singular;
 * "mit" governs the dative: so all three are dative feminine singular.
 */
final class NounPhraseAgreement {
    private NounPhraseAgreement() {
    }

    /** Case, number and gender of one reading; null gender agrees with any ("ALG", plurals). */
    private record Agreement(String kase, String number, String gender) {
        static Agreement of(Reading r) {
            return new Agreement(r.feature("Case"), r.feature("Number"), r.feature("Gender"));
        }

        boolean agrees(Agreement other) {
            return Objects.equals(kase, other.kase) && Objects.equals(number, other.number)
                    && (gender == null || other.gender == null || gender.equals(other.gender));
        }
    }

    static void apply(SentenceReadings s) {
        int i = 0;
        while (i < s.size()) {
            int end = phraseEnd(s, i);
            if (end > i) {
                constrain(s, i, end);
                i = end;
            } else {
                i++;
            }
        }
    }

    private static int phraseEnd(SentenceReadings s, int start) {
        return NounPhrases.end(s, start);
    }

    private static void constrain(SentenceReadings s, int start, int end) {
        int head = head(s, start, end);
        List<Integer> members = new ArrayList<>();
        for (int i = start; i < end; i++) {
            boolean modifier = s.uposIs(i, "DET", "ADJ");
            if ((modifier || i == head) && s.any(i, Reading::inflectsForAgreement)) {
                members.add(i);
            }
        }
        if (members.size() < 2 && governedCases(s, start - 1).isEmpty()) {
            return;
        }
        Set<String> governed = governedCases(s, start - 1);
        Set<Agreement> possible = new HashSet<>();
        for (int i : members) {
            Set<Agreement> own = new HashSet<>();
            s.readings(i).stream().filter(Reading::inflectsForAgreement).map(Agreement::of).forEach(own::add);
            if (i == members.getFirst()) {
                own.removeIf(a -> !governed.isEmpty() && !governed.contains(a.kase()));
                possible.addAll(own);
            } else {
                possible.removeIf(a -> own.stream().noneMatch(a::agrees));
            }
        }
        if (possible.isEmpty()) {
            return;
        }
        for (int i : members) {
            s.restrict(i, r -> r.inflectsForAgreement() && possible.stream().anyMatch(a -> a.agrees(Agreement.of(r))));
        }
    }

    /**
     * The noun that heads the phrase: its first common noun ("des Präsidenten Donald Trump",
     * "Putins Verwaltung"), else its last name ("Wladimir Putin"). Other nouns are appositions or
     * genitives with cases of their own.
     */
    private static int head(SentenceReadings s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (s.uposIs(i, "NOUN")) {
                return i;
            }
        }
        return end - 1;
    }

    private static Set<String> governedCases(SentenceReadings s, int i) {
        if (i < 0 || !s.uposIs(i, "ADP")) {
            return Set.of();
        }
        Set<String> cases = new HashSet<>();
        s.readings(i).forEach(r -> cases.addAll(r.governedCases()));
        return cases;
    }
}
