package org.hearsay.core.time;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hearsay.core.text.WordLists;

/**
 * A word list of a language pack: one "word&lt;TAB&gt;value" entry a line, "#" starts a comment.
 * Keys are kept lower case; {@link #alternation()} gives them as a regular-expression
 * alternative, longest first, so "Jänner" is tried before "Jän".
 */
public final class WordTable {
    private final Map<String, String> entries;

    private WordTable(Map<String, String> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** Reads a resource next to the given class. */
    public static WordTable load(Class<?> owner, String resource) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : WordLists.lines(owner, resource)) {
            String[] parts = line.split("\t+", 2);
            entries.put(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : "");
        }
        return new WordTable(entries);
    }

    /** The value for a word (any case), or null. */
    public String get(String word) {
        return entries.get(word.toLowerCase(Locale.ROOT));
    }

    public boolean contains(String word) {
        return entries.containsKey(word.toLowerCase(Locale.ROOT));
    }

    public Map<String, String> entries() {
        return entries;
    }

    /** All words as "(?:w1|w2|…)", longest first, quoted, multi-word entries matching any white space. */
    public String alternation() {
        List<String> words = entries.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .toList();
        return "(?:" + String.join("|", words) + ")";
    }
}
