package org.hearsay.lang.de.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Uses the noun in front of a name to type it ("das Portal Werstka" is an organisation, "das
 * Gebiet Kursk" a location, "Präsident Macron" a person). A name the tagger found gets the
 * announced type unless a list says otherwise; a capitalised word the tagger missed becomes a
 * name only when it stands alone (at most three capitalised words, then no further one) and is
 * no common word of the dictionary ("das Unternehmen Ziel" is not a name).
 */
final class TriggerTagging {
    private static final int MAX_NAME_WORDS = 3;

    /** Capitalised function words that may follow a noun ("das Portal Die Welt" aside). */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Ihr",
            "Am", "Im", "In", "Zu", "Mit", "Von");

    private final TriggerNouns triggers;
    private final Lexicon lexicon;

    TriggerTagging(TriggerNouns triggers, Lexicon lexicon) {
        this.triggers = triggers;
        this.lexicon = lexicon;
    }

    List<Candidate> apply(DocumentWords words, List<Candidate> candidates) {
        List<Candidate> result = new ArrayList<>(candidates);
        for (int t = 0; t + 1 < words.size(); t++) {
            int next = t + 1;
            if (words.isSentenceStart(next) || covering(result, t) >= 0) {
                continue;
            }
            Optional<String> announced = triggers.typeAnnounced(words.get(t));
            if (announced.isEmpty()) {
                continue;
            }
            String type = announced.get();
            int tagged = covering(result, next);
            if (tagged >= 0) {
                Candidate name = result.get(tagged);
                if (name.first() == next && name.evidence() == Candidate.Evidence.MODEL && mayRetype(words, name, type)) {
                    result.set(tagged, name.retyped(type, Candidate.Evidence.CONTEXT));
                }
            } else {
                untaggedName(words, result, next, names(words.get(t))).ifPresent(end ->
                        result.add(new Candidate(next, end, type, Candidate.Evidence.CONTEXT)));
            }
        }
        return result;
    }

    /**
     * The tagger often confuses organisations and places (an outlet named like a town), and
     * MISC is its catch-all. Its multi-word persons are reliable ("Stiftung Ludovica des Bordes"
     * names a person's foundation), but it also takes unknown one-word names for surnames ("das
     * Portal Werstka"), so those follow the noun unless the word is a known first name. A role
     * noun before an organisation or place is usually a genitive ("Außenminister Frankreichs").
     */
    private boolean mayRetype(DocumentWords words, Candidate name, String announced) {
        String tagged = name.type();
        if (tagged.equals(announced) || announced.equals("PER") && !tagged.equals("MISC")) {
            return false;
        }
        if (tagged.equals("PER")) {
            return name.length() == 1 && !lexicon.of(words.get(name.first())).firstName();
        }
        return true;
    }

    /**
     * Media nouns: outlets are mostly named by coined compounds that the dictionary splits into
     * common words ("das Wirtschaftsportal Handelsblick", "die Zeitung Morgenkurier").
     */
    private static final List<String> MEDIA_HEADS = List.of("portal", "zeitung", "magazin", "sender", "agentur", "blatt");

    private static boolean names(String trigger) {
        String lower = trigger.toLowerCase(java.util.Locale.GERMAN);
        return MEDIA_HEADS.stream().anyMatch(lower::endsWith);
    }

    /**
     * The end of a stand-alone capitalised name starting at {@code start}, if there is one. After
     * a media noun a single word standing alone is a name even when the dictionary knows it as a
     * compound.
     */
    private Optional<Integer> untaggedName(DocumentWords words, List<Candidate> candidates, int start, boolean afterMediaNoun) {
        String first = words.get(start);
        boolean single = start + 1 >= words.sentenceEnd(start) || !words.isCapitalised(start + 1);
        if (!looksLikeName(first) || FUNCTION_WORDS.contains(first) || triggers.typeAnnounced(first).isPresent()
                || lexicon.of(first).common() && !(afterMediaNoun && single)) {
            return Optional.empty();
        }
        int sentenceEnd = words.sentenceEnd(start);
        int end = start;
        while (end < sentenceEnd && looksLikeName(words.get(end)) && covering(candidates, end) < 0) {
            end++;
        }
        boolean standsAlone = end == sentenceEnd || !words.isCapitalised(end);
        return standsAlone && end - start <= MAX_NAME_WORDS ? Optional.of(end) : Optional.empty();
    }

    private static boolean looksLikeName(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0));
    }

    private static int covering(List<Candidate> candidates, int token) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).overlaps(token, token + 1)) {
                return i;
            }
        }
        return -1;
    }
}
