package org.hearsay.lang.de.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recovers names the statistical tagger missed, from the dictionary's proper-name lists: an
 * untagged capitalised word that the dictionary knows only as a place is a location ("Hamm");
 * one known only as a first name starts a person, with the capitalised non-common words after
 * it ("Anders Ahlgren"). Words that can also be common words ("Franken", "Rosa") are left alone.
 * A word the dictionary does not know at all becomes a location when it ends like a German
 * place or street name.
 */
final class LexiconTagging {
    private static final int MAX_PERSON_WORDS = 3;
    private static final List<String> PLACE_ENDINGS = List.of(
            "heim", "hausen", "dorf", "rode", "born", "brunn", "bach", "burg", "stein", "see", "tal", "feld",
            "felde", "hagen", "hof", "ingen", "leben", "stadt", "stedt", "furt", "witz", "hain", "kirchen",
            "straße", "strasse", "gasse", "allee", "platz", "ufer", "damm", "hütte", "kogel", "werder", "mühle");

    private final Lexicon lexicon;

    LexiconTagging(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> apply(DocumentWords words, List<Candidate> candidates) {
        boolean[] covered = new boolean[words.size()];
        for (Candidate c : candidates) {
            for (int i = c.first(); i < c.end(); i++) {
                covered[i] = true;
            }
        }
        List<Candidate> result = new ArrayList<>(candidates);
        for (int i = 0; i < words.size(); i++) {
            if (!covered[i] && capitalised(words.get(i))) {
                Optional<Candidate> name = nameAt(words, covered, i);
                if (name.isPresent()) {
                    result.add(name.get());
                    i = name.get().end() - 1;
                }
            }
        }
        result.sort(Comparator.comparingInt(Candidate::first));
        return result;
    }

    private Optional<Candidate> nameAt(DocumentWords words, boolean[] covered, int i) {
        Lexicon.Readings readings = lexicon.of(words.get(i));
        boolean place = readings.unknown() ? hasPlaceEnding(words.get(i))
                : readings.onlyName() && readings.place() && !readings.firstName() && !readings.surname();
        if (place) {
            return Optional.of(new Candidate(i, i + 1, "LOC", Candidate.Evidence.LEXICON));
        }
        if (readings.onlyName() && readings.firstName()) {
            return Optional.of(new Candidate(i, personEnd(words, covered, i), "PER", Candidate.Evidence.LEXICON));
        }
        return Optional.empty();
    }

    /** A first name takes the following capitalised words that are not common words. */
    private int personEnd(DocumentWords words, boolean[] covered, int firstName) {
        int sentenceEnd = words.sentenceEnd(firstName);
        int end = firstName + 1;
        while (end < sentenceEnd && end - firstName < MAX_PERSON_WORDS && !covered[end]
                && capitalised(words.get(end)) && !lexicon.of(words.get(end)).common()) {
            end++;
        }
        return end;
    }

    /**
     * Endings of German place names ("Datterode", "Gerresheim", "Schwielowsee"), trusted only
     * for words the dictionary does not know — it knows the common nouns with these endings.
     */
    private static boolean hasPlaceEnding(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        return word.length() > 5 && word.indexOf('-') < 0 && PLACE_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    private static boolean capitalised(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0));
    }
}
