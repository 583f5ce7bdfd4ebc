package org.hearsay.lang.en.tokens;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Universal Dependencies morphological features derived from a Penn Treebank tag, plus the
 * person, number and case that English marks only on pronouns and articles. English has too
 * little inflection for a separate morphological model to pay off: the tag already encodes
 * tense, finiteness, number and degree.
 */
final class PennFeatures {
    private static final Map<String, Map<String, String>> BY_TAG = Map.ofEntries(
            Map.entry("NN", Map.of("Number", "Sing")),
            Map.entry("NNP", Map.of("Number", "Sing")),
            Map.entry("NNS", Map.of("Number", "Plur")),
            Map.entry("NNPS", Map.of("Number", "Plur")),
            Map.entry("VB", Map.of("VerbForm", "Inf")),
            // No Mood for VBD: counterfactual "were" ("if she were elected") is tagged VBD too.
            Map.entry("VBD", Map.of("Tense", "Past", "VerbForm", "Fin")),
            Map.entry("VBP", Map.of("Mood", "Ind", "Tense", "Pres", "VerbForm", "Fin")),
            Map.entry("VBZ", Map.of("Mood", "Ind", "Number", "Sing", "Person", "3", "Tense", "Pres", "VerbForm", "Fin")),
            // The tagger does not tell gerunds from present participles; VBG covers both.
            Map.entry("VBG", Map.of("VerbForm", "Ger")),
            Map.entry("VBN", Map.of("Tense", "Past", "VerbForm", "Part")),
            Map.entry("MD", Map.of("VerbForm", "Fin", "VerbType", "Mod")),
            Map.entry("JJ", Map.of("Degree", "Pos")),
            Map.entry("JJR", Map.of("Degree", "Cmp")),
            Map.entry("JJS", Map.of("Degree", "Sup")),
            Map.entry("RBR", Map.of("Degree", "Cmp")),
            Map.entry("RBS", Map.of("Degree", "Sup")),
            Map.entry("CD", Map.of("NumType", "Card")),
            Map.entry("PRP", Map.of("PronType", "Prs")),
            Map.entry("PRP$", Map.of("Poss", "Yes", "PronType", "Prs")),
            Map.entry("WP", Map.of("PronType", "Int,Rel")),
            Map.entry("WDT", Map.of("PronType", "Int,Rel")),
            Map.entry("FW", Map.of("Foreign", "Yes")));

    /** Person, number, gender and case of personal and possessive pronouns, by lower-case form. */
    private static final Map<String, Map<String, String>> PRONOUNS = Map.ofEntries(
            Map.entry("i", Map.of("Case", "Nom", "Number", "Sing", "Person", "1")),
            Map.entry("me", Map.of("Case", "Acc", "Number", "Sing", "Person", "1")),
            Map.entry("my", Map.of("Number", "Sing", "Person", "1")),
            Map.entry("we", Map.of("Case", "Nom", "Number", "Plur", "Person", "1")),
            Map.entry("us", Map.of("Case", "Acc", "Number", "Plur", "Person", "1")),
            Map.entry("our", Map.of("Number", "Plur", "Person", "1")),
            Map.entry("you", Map.of("Person", "2")),
            Map.entry("your", Map.of("Person", "2")),
            Map.entry("he", Map.of("Case", "Nom", "Gender", "Masc", "Number", "Sing", "Person", "3")),
            Map.entry("him", Map.of("Case", "Acc", "Gender", "Masc", "Number", "Sing", "Person", "3")),
            Map.entry("his", Map.of("Gender", "Masc", "Number", "Sing", "Person", "3")),
            Map.entry("she", Map.of("Case", "Nom", "Gender", "Fem", "Number", "Sing", "Person", "3")),
            Map.entry("her", Map.of("Gender", "Fem", "Number", "Sing", "Person", "3")),
            Map.entry("it", Map.of("Gender", "Neut", "Number", "Sing", "Person", "3")),
            Map.entry("its", Map.of("Gender", "Neut", "Number", "Sing", "Person", "3")),
            Map.entry("they", Map.of("Case", "Nom", "Number", "Plur", "Person", "3")),
            Map.entry("them", Map.of("Case", "Acc", "Number", "Plur", "Person", "3")),
            Map.entry("their", Map.of("Number", "Plur", "Person", "3")));

    private static final Map<String, Map<String, String>> ARTICLES = Map.of(
            "the", Map.of("Definite", "Def", "PronType", "Art"),
            "a", Map.of("Definite", "Ind", "PronType", "Art"),
            "an", Map.of("Definite", "Ind", "PronType", "Art"));

    private PennFeatures() {
    }

    static Map<String, String> of(String tag, String form) {
        Map<String, String> features = new HashMap<>(BY_TAG.getOrDefault(tag, Map.of()));
        String lower = form.toLowerCase(Locale.ROOT);
        if (tag.equals("PRP") || tag.equals("PRP$")) {
            features.putAll(PRONOUNS.getOrDefault(lower, Map.of()));
        } else if (tag.equals("DT")) {
            features.putAll(ARTICLES.getOrDefault(lower, Map.of()));
        }
        return features;
    }
}
