package org.hearsay.lang.de.time;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lower-case words of a sentence, so that a pattern family is only run where one of its words
 * occurs: most sentences name no month, no weekday and no unit, and skipping them keeps the stage fast.
 */
final class SentenceWords {
    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<String> words = new HashSet<>();
    private final boolean digits;

    SentenceWords(String sentence) {
        boolean anyDigit = false;
        for (String w : SEPARATOR.split(sentence.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(w);
                anyDigit |= Character.isDigit(w.charAt(0));
            }
        }
        digits = anyDigit;
    }

    boolean hasDigits() {
        return digits;
    }

    /** True when one of the words (lower case, no punctuation) is in the sentence. */
    boolean any(Collection<String> candidates) {
        for (String c : candidates) {
            if (words.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when a word of the sentence starts with one of the prefixes ("Montagabend" with "montag"). */
    boolean anyStartingWith(Collection<String> prefixes) {
        for (String w : words) {
            for (String p : prefixes) {
                if (w.startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a word of the sentence contains one of the parts ("alljährlich" with "jährlich"). */
    boolean anyContaining(Collection<String> parts) {
        for (String w : words) {
            for (String p : parts) {
                if (w.contains(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first word of each entry, without dots: what {@link #any} can look for ("heiligen abend" → "heiligen"). */
    static Set<String> firstWords(Collection<String> entries) {
        Set<String> out = new HashSet<>();
        for (String e : entries) {
            out.add(SEPARATOR.split(e.strip())[0]);
        }
        return out;
    }
}
