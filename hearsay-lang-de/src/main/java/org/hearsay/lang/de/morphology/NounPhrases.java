package org.hearsay.lang.de.morphology;

import java.util.List;

/**
 * Simple noun phrases by word class: [DET] (ADV* ADJ | NUM)* (NOUN | PROPN)+, as in "der damit
 * verbundenen Probleme" or "die ukrainischen Streitkräfte". Enough to tie articles and adjectives
 * to their noun; not a parser.
 */
final class NounPhrases {
    private NounPhrases() {
    }

    /** End (exclusive) of the phrase starting at {@code start}; {@code start} when none starts there. */
    static int end(SentenceReadings s, int start) {
        int i = start;
        if (s.uposIs(i, "DET")) {
            i++;
        }
        i = skipModifiers(s, i);
        int nouns = i;
        while (s.uposIs(i, "NOUN", "PROPN")) {
            i++;
        }
        return i > nouns ? i : start;
    }

    /** A determiner with no adjective or noun after it is used as a pronoun ("dies", "eine, die …"). */
    static boolean standsAlone(SentenceReadings s, int determiner) {
        int i = skipModifiers(s, determiner + 1);
        return i == determiner + 1 && !s.uposIs(i, "NOUN", "PROPN");
    }

    /**
     * An inflected adjective before its noun ("die russische Seite"), not one standing as
     * predicate ("ist müde") or modifying another adjective ("des neu gewählten Präsidenten").
     */
    static boolean attributive(SentenceReadings s, int adjective) {
        List<Reading> known = s.dictionaryReadings(adjective);
        boolean inflected = known.isEmpty() || known.stream().anyMatch(Reading::inflectsForAgreement);
        return inflected && s.uposIs(skipModifiers(s, adjective + 1), "NOUN", "PROPN");
    }

    private static int skipModifiers(SentenceReadings s, int from) {
        int i = from;
        while (true) {
            int j = i;
            while (s.uposIs(j, "ADV")) {
                j++;
            }
            if (s.uposIs(j, "ADJ", "NUM")) {
                i = j + 1;
            } else {
                return i;
            }
        }
    }
}
