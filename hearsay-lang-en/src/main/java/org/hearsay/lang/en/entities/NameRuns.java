package org.hearsay.lang.en.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Groups per-word entity types into mentions: one mention per contiguous run of one type,
 * except that a person run holding two full names back to back is cut in two.
 *
 * <p>The CRF labels words, not mention boundaries, so "congratulated Joe Biden Kamala Harris"
 * comes out as one four-word PER run. A run is cut before a capitalised given name when at
 * least two words precede it in the current name and at least two name words (not counting
 * "Jr."-style suffixes) follow from it: "Joe Biden | Kamala Harris", while "John Paul Jones",
 * "Hillary Rodham Clinton" and "Martin Luther King Jr." stay whole. The word before the cut
 * may itself be on the list ("Boris Johnson | Emmanuel Macron"): too many surnames are.
 * Left merged: bare surnames back to back ("Biden Harris"), which no word list can separate.
 * Wrongly cut: one person's four-word name whose third word is a given name
 * ("Mary Ann Louise Smith"), which is rarer in news than two names in a row.
 */
final class NameRuns {
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    /** A half-open range [start, end) of word positions with one entity type. */
    record Run(int start, int end, String type) {
    }

    private NameRuns() {
    }

    /**
     * @param words the words of one sentence
     * @param types the entity type of each word, null outside entities
     */
    static List<Run> of(List<String> words, List<String> types) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < types.size()) {
            String type = types.get(i);
            int end = i + 1;
            while (end < types.size() && Objects.equals(types.get(end), type)) {
                end++;
            }
            if (type != null) {
                if (type.equals("PER")) {
                    splitPersons(words, i, end, runs);
                } else {
                    runs.add(new Run(i, end, type));
                }
            }
            i = end;
        }
        return runs;
    }

    private static void splitPersons(List<String> words, int start, int end, List<Run> into) {
        int nameStart = start;
        for (int i = start + 2; i < end; i++) {
            if (i - nameStart >= 2 && startsSecondName(words, i, end)) {
                into.add(new Run(nameStart, i, "PER"));
                nameStart = i;
            }
        }
        into.add(new Run(nameStart, end, "PER"));
    }

    private static boolean startsSecondName(List<String> words, int i, int end) {
        String word = words.get(i);
        return Character.isUpperCase(word.charAt(0)) && GivenNames.contains(word) && nameWords(words, i, end) >= 2;
    }

    private static int nameWords(List<String> words, int from, int end) {
        int count = 0;
        for (int i = from; i < end; i++) {
            if (!SUFFIXES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                count++;
            }
        }
        return count;
    }
}
