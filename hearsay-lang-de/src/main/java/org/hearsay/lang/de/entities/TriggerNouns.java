package org.hearsay.lang.de.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hearsay.core.text.WordLists;

/**
 * Nouns that announce what kind of name follows them: "das Portal Werstka", "die Stadt Kursk",
 * "Außenminister Lawrow", "Herr Meier". German compounds put the head last, so most entries
 * match as word endings ("Nachrichtenportal", "Regierungssprecherin"); short or ambiguous ones
 * match only as whole words. List format: {@code TYPE<TAB>word} or {@code TYPE<TAB>*ending}.
 */
final class TriggerNouns {
    private final Map<String, String> wholeWords = new HashMap<>();
    private final List<Ending> endings = new ArrayList<>();

    private record Ending(String suffix, String type) {
    }

    TriggerNouns(List<String> lines) {
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length != 2) {
                throw new IllegalArgumentException("trigger line is not TYPE<TAB>word: " + line);
            }
            String word = fields[1].strip().toLowerCase(Locale.GERMAN);
            if (word.startsWith("*")) {
                endings.add(new Ending(word.substring(1), fields[0]));
            } else {
                wholeWords.put(word, fields[0]);
            }
        }
        // Longest ending first: "präsidentin" must win over a shorter ending of another type.
        endings.sort((a, b) -> Integer.compare(b.suffix().length(), a.suffix().length()));
    }

    static TriggerNouns standard() {
        return new TriggerNouns(WordLists.lines(TriggerNouns.class, "trigger-nouns.txt"));
    }

    /**
     * The type of name this word announces, if it is a trigger. The head after a hyphen counts
     * ("telegate-Vorstandschef", "Borussia-Manager"), whatever case the first part has.
     */
    Optional<String> typeAnnounced(String word) {
        String head = word.substring(word.lastIndexOf('-') + 1);
        if (head.isEmpty() || !Character.isUpperCase(head.charAt(0))) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(Locale.GERMAN);
        String whole = wholeWords.get(lower);
        if (whole != null) {
            return Optional.of(whole);
        }
        for (Ending ending : endings) {
            if (lower.endsWith(ending.suffix())) {
                return Optional.of(ending.type());
            }
        }
        return Optional.empty();
    }
}
