package org.hearsay.store.tracking;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The content words of a claim's proposition, as compared across articles: lower case, split at
 * everything but letters and digits, stop words of the article's language dropped
 * ({@code stopwords-<lang>.txt}), diacritics removed, and lightly stemmed (one inflectional ending
 * cut where at least {@value #MIN_STEM} letters remain), so "neue Buslinien" and "neuen Buslinie"
 * give the same terms. Languages without a list keep all words.
 */
final class PropositionTerms {
    private static final int MIN_STEM = 4;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<String, Set<String>> STOP_WORDS = Map.of("de", stopWords("de"), "en", stopWords("en"));
    /** Longest first, so that "-ern" is cut before "-n". */
    private static final Map<String, List<String>> ENDINGS = Map.of(
            "de", List.of("ern", "en", "er", "es", "em", "e", "n", "s"),
            "en", List.of("ing", "ed", "es", "s"));

    /**
     * The order in which terms are taken for prefix filtering: longer (rarer) words first, then
     * alphabetical. Any fixed total order keeps the filter exact; this one keeps the index small.
     */
    static final Comparator<String> PREFIX_ORDER = Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder());

    private PropositionTerms() {
    }

    /** The terms of a proposition, in {@link #PREFIX_ORDER}. */
    static TreeSet<String> of(String proposition, String language) {
        Set<String> stop = STOP_WORDS.getOrDefault(language, Set.of());
        List<String> endings = ENDINGS.getOrDefault(language, List.of());
        TreeSet<String> terms = new TreeSet<>(PREFIX_ORDER);
        for (String word : NOT_WORD.split(proposition.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !stop.contains(word)) {
                terms.add(stem(MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll(""), endings));
            }
        }
        return terms;
    }

    private static String stem(String word, List<String> endings) {
        for (String ending : endings) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /**
     * Whether two term sets can state the same thing as far as their numbers go: unless both have
     * numbers, they must share one. "Lindenau richtet 3 neue Buslinien ein" and "… 5 neue Buslinien
     * ein" share most of their words but are two claims.
     */
    static boolean numbersAgree(Set<String> a, Set<String> b) {
        return Overlap.missingOrShared(a.stream().filter(PropositionTerms::isNumber).toList(),
                b.stream().filter(PropositionTerms::isNumber).toList());
    }

    private static boolean isNumber(String term) {
        return !term.isEmpty() && term.chars().allMatch(Character::isDigit);
    }

    /** |a ∩ b| / |a ∪ b|; 0 for two empty sets. */
    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared / (double) (a.size() + b.size() - shared);
    }

    private static Set<String> stopWords(String language) {
        String resource = "stopwords-" + language + ".txt";
        try (InputStream in = PropositionTerms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return Set.copyOf(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + resource, e);
        }
    }
}
