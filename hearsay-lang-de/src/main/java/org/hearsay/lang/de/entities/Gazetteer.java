package org.hearsay.lang.de.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearsay.core.text.WordLists;

/**
 * Names we are sure of: countries, regions, cities, institutions, parties, media… each with its
 * type. Entries are token sequences, matched case-sensitively; the last word may carry the
 * German genitive "s" ("Russlands", "Moskaus") that the lists do not spell out.
 */
final class Gazetteer {
    /** A matched name: tokens [start, end) of the searched list. */
    record Match(int start, int end, String type) {
    }

    private record Entry(List<String> words, String type) {
    }

    /** Entries by their first word (also by the genitive of a one-word entry), longest first. */
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    Gazetteer(Map<String, List<String>> namesByType) {
        namesByType.forEach((type, names) -> {
            for (String name : names) {
                Entry entry = new Entry(List.of(name.split(" +")), type);
                byFirstWord.computeIfAbsent(entry.words().getFirst(), k -> new ArrayList<>()).add(entry);
                if (entry.words().size() == 1 && takesGenitiveS(name)) {
                    byFirstWord.computeIfAbsent(name + "s", k -> new ArrayList<>()).add(entry);
                }
            }
        });
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed()));
    }

    static Gazetteer standard() {
        return new Gazetteer(Map.of(
                "LOC", WordLists.lines(Gazetteer.class, "locations.txt"),
                "ORG", WordLists.lines(Gazetteer.class, "organisations.txt")));
    }

    /** The longest entry that starts at {@code start} in {@code words}. */
    Optional<Match> longestAt(List<String> words, int start) {
        List<Entry> entries = byFirstWord.get(words.get(start));
        if (entries == null) {
            return Optional.empty();
        }
        for (Entry entry : entries) {
            int n = entry.words().size();
            if (n == 1 || matchesFrom(entry.words(), words, start)) {
                return Optional.of(new Match(start, start + n, entry.type()));
            }
        }
        return Optional.empty();
    }

    /** All non-overlapping matches, leftmost-longest. */
    List<Match> find(List<String> words) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            Optional<Match> match = longestAt(words, i);
            if (match.isPresent()) {
                matches.add(match.get());
                i = match.get().end();
            } else {
                i++;
            }
        }
        return matches;
    }

    private static boolean matchesFrom(List<String> entry, List<String> words, int start) {
        if (start + entry.size() > words.size()) {
            return false;
        }
        for (int k = 1; k < entry.size(); k++) {
            String word = words.get(start + k);
            String expected = entry.get(k);
            boolean last = k == entry.size() - 1;
            if (!word.equals(expected) && !(last && takesGenitiveS(expected) && word.equals(expected + "s"))) {
                return false;
            }
        }
        return true;
    }

    /** Names ending in a sibilant take an apostrophe or nothing, not "s". */
    private static boolean takesGenitiveS(String word) {
        char last = word.charAt(word.length() - 1);
        return Character.isLetter(last) && "sßxzSXZ".indexOf(last) < 0;
    }
}
