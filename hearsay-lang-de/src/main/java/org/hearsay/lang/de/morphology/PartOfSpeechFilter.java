package org.hearsay.lang.de.morphology;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the dictionary readings that fit the tagger's word class: "sagen" tagged VERB keeps its
 * verb readings, "Laut" tagged ADP keeps the preposition "laut" and drops the noun "Laut".
 * Where nothing fits, the word keeps no readings (its lemma still comes from the dictionary).
 * Articles before a noun keep their article readings, not the homonymous pronouns.
 */
final class PartOfSpeechFilter {
    private static final Map<String, Set<String>> CATEGORIES = Map.ofEntries(
            Map.entry("VERB", Set.of("VER")),
            Map.entry("AUX", Set.of("VER")),
            Map.entry("NOUN", Set.of("SUB", "EIG")),
            Map.entry("PROPN", Set.of("EIG", "SUB")),
            Map.entry("ADJ", Set.of("ADJ", "PA1", "PA2")),
            Map.entry("DET", Set.of("ART", "PRO")),
            Map.entry("PRON", Set.of("PRO")),
            Map.entry("ADP", Set.of("PRP", "ZUS")),
            Map.entry("ADV", Set.of("ADV", "ADJ", "PA2", "ZUS")),
            Map.entry("CCONJ", Set.of("KON")),
            Map.entry("SCONJ", Set.of("KON")),
            Map.entry("PART", Set.of("NEG", "ZUS", "PRP", "ADV")),
            Map.entry("NUM", Set.of("ZAL")),
            Map.entry("INTJ", Set.of("INJ")),
            Map.entry("X", Set.of("ABK")));

    /** The UD word class of a dictionary category, for the open classes and pronouns. */
    private static final Map<String, String> WORD_CLASS = Map.of(
            "VER", "VERB", "ADJ", "ADJ", "PA1", "ADJ", "PA2", "ADJ", "SUB", "NOUN", "ADV", "ADV", "PRO", "PRON");

    private PartOfSpeechFilter() {
    }

    static void apply(SentenceReadings s) {
        for (int i = 0; i < s.size(); i++) {
            correctWordClass(s, i);
            Set<String> fitting = CATEGORIES.getOrDefault(s.upos(i), Set.of());
            s.keepOnly(i, r -> fitting.contains(r.category()));
            if (s.uposIs(i, "VERB", "AUX")) {
                // A verb form that is also an adjectival participle ("befreit") is the verb here.
                s.restrict(i, Reading::isVerb);
            }
            s.restrict(i, r -> !r.nominalised());
            if (s.uposIs(i, "DET") && !NounPhrases.standsAlone(s, i)) {
                s.restrict(i, r -> r.category().equals("ART"));
            }
            if (s.uposIs(i, "ADJ")) {
                boolean attributive = NounPhrases.attributive(s, i);
                s.restrict(i, r -> r.inflectsForAgreement() == attributive);
            }
            separableParticle(s, i);
        }
    }

    /**
     * Where none of the dictionary's readings fits the tagger's word class and they all agree on
     * another one, the dictionary wins: the tagger calls the rare Konjunktiv I "erscheine" an
     * adjective, "müde" a verb and "derjenigen" a verb, and the first of these matters most.
     * Capitalisation must fit too (German nouns are capitalised, other words not in mid-sentence).
     */
    private static void correctWordClass(SentenceReadings s, int i) {
        List<Reading> known = s.dictionaryReadings(i);
        Set<String> fitting = CATEGORIES.getOrDefault(s.upos(i), Set.of());
        if (known.isEmpty() || s.isPunctuation(i) || known.stream().anyMatch(r -> fitting.contains(r.category()))) {
            return;
        }
        Set<String> classes = new HashSet<>();
        known.forEach(r -> classes.add(WORD_CLASS.getOrDefault(r.category(), "?")));
        if (classes.size() != 1 || classes.contains("?")) {
            return;
        }
        String dictionaryClass = classes.iterator().next();
        boolean capitalised = Character.isUpperCase(s.form(i).codePointAt(0));
        if (dictionaryClass.equals("NOUN") != capitalised) {
            return;
        }
        if (dictionaryClass.equals("VERB") && known.stream().allMatch(r -> FunctionWords.AUXILIARIES.contains(r.lemma()))) {
            dictionaryClass = "AUX";
        }
        s.retag(i, dictionaryClass);
    }

    /**
     * "an", "fest", "zurück" are prepositions or adverbs inside a clause but separated verb
     * particles at its end ("wenn dieser sein Amt antritt" / "tritt sein Amt an").
     */
    private static void separableParticle(SentenceReadings s, int i) {
        if (!s.any(i, r -> r.category().equals("ZUS"))) {
            return;
        }
        boolean clauseEnd = i + 1 >= s.size() || s.isClauseBoundary(i + 1) || s.uposIs(i + 1, "CCONJ");
        s.restrict(i, r -> r.category().equals("ZUS") == clauseEnd);
    }
}
