package org.hearsay.store.tracking;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The key under which names are merged across articles: spelling and transliteration variants
 * fold to one string (inflection is not folded: entity names come in their base form). First
 * generic folding: lower case, diacritics dropped (ß → ss), German and English transliterations of
 * the same sound made equal (tsch/ch, sch/sh, kh/ch, w/v, j/y/i, ie/i, ck/c/k, ph/f, tz/ts/z),
 * doubled letters single — so "Kiew", "Kyiv" and "Kiev" all become "kiv", "Werstka" and "Verstka"
 * "verstka" — and a trailing legal form dropped ("AG", "GmbH", "Inc."). Then the variant table
 * ({@code name-variants.txt}) for what rules cannot see (Moskau/Moscow, Selenskyj/Zelensky): first
 * the whole name, else each word of at least {@value #MIN_WORD} letters (so that "US" or "UN" inside
 * a longer name stays itself). Keys are for matching only, never shown.
 */
final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");
    private static final int MIN_WORD = 4;
    /** Legal forms as {@link #fold} leaves them ("Inc." → "ink", "Corp." → "korp"). */
    private static final Set<String> LEGAL_FORMS = Set.of("ag", "gmbh", "kg", "se", "ink", "ltd", "plk", "lk",
            "korp", "sa", "nv", "bv");
    private static final Map<String, String> VARIANTS = variants();

    private NameKey() {
    }

    /** The key of a name; empty when the name has no letters or digits. */
    static String of(String name) {
        String folded = withoutLegalForm(fold(name));
        String whole = VARIANTS.get(folded);
        if (whole != null) {
            return whole;
        }
        return Stream.of(folded.split(" ")).filter(w -> !w.isEmpty())
                .map(w -> w.length() >= MIN_WORD ? VARIANTS.getOrDefault(w, w) : w)
                .collect(Collectors.joining(" "));
    }

    /** "Baltrion Terminals AG" and "Baltrion Terminals" are one company: a trailing legal form goes. */
    private static String withoutLegalForm(String folded) {
        int space = folded.lastIndexOf(' ');
        return space > 0 && LEGAL_FORMS.contains(folded.substring(space + 1)) ? folded.substring(0, space) : folded;
    }

    /** The generic folding alone: words separated by single spaces. */
    static String fold(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("ß", "ss");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = NOT_WORD.matcher(s).replaceAll(" ").strip();
        s = s.replace("tsch", "ch").replace("sch", "sh").replace("kh", "ch").replace("ph", "f")
                .replace("ck", "k").replaceAll("c(?!h)", "k")
                .replace("tz", "z").replace("ts", "z")
                .replace('w', 'v').replace('j', 'i').replace('y', 'i')
                .replace("ie", "i");
        return DOUBLED.matcher(s).replaceAll("$1");
    }

    private static Map<String, String> variants() {
        Map<String, String> table = new HashMap<>();
        String resource = "name-variants.txt";
        try (InputStream in = NameKey.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] spellings = line.split(",");
                String key = fold(spellings[0]);
                for (String spelling : spellings) {
                    table.put(fold(spelling), key);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + resource, e);
        }
        return Map.copyOf(table);
    }
}
