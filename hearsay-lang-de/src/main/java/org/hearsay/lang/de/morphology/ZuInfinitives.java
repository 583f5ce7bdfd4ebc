package org.hearsay.lang.de.morphology;

/** The infinitive marker "zu" ("um zu reden"), whatever word class the tagger gave it. */
final class ZuInfinitives {
    private ZuInfinitives() {
    }

    /** "zu" right before a verb that can be an infinitive. */
    static boolean isMarker(SentenceReadings s, int i) {
        return s.lower(i).equals("zu") && i + 1 < s.size() && s.isVerbal(i + 1)
                && s.dictionaryReadings(i + 1).stream().anyMatch(r -> "Inf".equals(r.feature("VerbForm")));
    }
}
