package org.hearsay.lang.de.morphology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * German morphology for one sentence: lemma, STTS tag and Universal Dependencies features of
 * each word, from LanguageTool's dictionary readings narrowed down in context (word class from
 * the tagger, verb syntax, noun-phrase agreement). Stateless and thread-safe.
 */
public final class Morphology {
    /** Identifies the method in a pipeline's configuration. */
    public static final String CONFIGURATION = "dictionary=" + Dictionary.SOURCE
            + ";rules=pos-filter,verb-syntax,np-agreement,separable-verbs";

    /**
     * What morphology says about one word.
     *
     * @param lemma    base form, or null where unknown
     * @param stts     STTS part-of-speech tag
     * @param features Universal Dependencies features (ambiguity kept as "Case=Acc,Nom")
     */
    public record Word(String lemma, String stts, Map<String, String> features) {
    }

    private Morphology() {
    }

    /**
     * @param forms the words of one sentence
     * @param upos  their Universal Dependencies tags from the tagger
     */
    public static List<Word> analyse(List<String> forms, List<String> upos) {
        List<List<Reading>> dictionary = SentenceStarts.withLowerCaseReadings(forms, upos, Dictionary.readings(forms));
        SentenceReadings s = new SentenceReadings(forms, upos, dictionary);
        PartOfSpeechFilter.apply(s);
        VerbReadings.apply(s);
        NounPhraseAgreement.apply(s);

        Map<Integer, String> lemmas = new HashMap<>();
        List<Map<String, String>> features = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Map<String, String> f = Features.merge(s.readings(i));
            lemmas.put(i, lemma(s, i, f));
            features.add(f);
        }
        Map<Integer, Integer> particles = SeparableVerbs.find(s, lemmas);
        particles.forEach((particle, verb) -> lemmas.put(verb, s.lower(particle) + lemmas.get(verb)));

        List<Word> words = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            String lemma = lemmas.get(i);
            String stts = SttsTags.of(s, i, lemma, features.get(i), particles.containsKey(i));
            // A separated particle is part of its verb; the adjective or preposition it looks like is gone.
            Map<String, String> own = particles.containsKey(i) ? new HashMap<>() : features.get(i);
            Map<String, String> f = PronounTypes.align(stts, lemma, withNumberType(s, i, own));
            words.add(new Word(lemma, stts, f));
        }
        return words;
    }

    private static String lemma(SentenceReadings s, int i, Map<String, String> features) {
        boolean personal = s.any(i, r -> "PER".equals(r.subtype()) || "REF".equals(r.subtype()));
        if (personal) {
            boolean nominative = Features.allows(features.get("Case"), "Nom");
            PersonalPronouns.Entry entry = PersonalPronouns.of(s.lower(i), nominative);
            if (entry != null) {
                features.put("Person", entry.person());
                return entry.lemma();
            }
        }
        List<Reading> readings = s.readings(i).isEmpty() ? s.dictionaryReadings(i) : s.readings(i);
        String lemma = Lemmas.choose(s.form(i), readings);
        if (lemma != null) {
            return lemma;
        }
        // Punctuation, numbers and unknown names are their own base form; an unknown word of
        // another class has no lemma we could vouch for.
        return switch (s.upos(i)) {
            case "PUNCT", "SYM", "NUM", "PROPN", "X" -> s.form(i);
            case "ADJ" -> s.form(i).matches("\\d+\\.") ? s.form(i) : null;
            case "NOUN" -> UnknownNouns.lemma(s.form(i));
            default -> null;
        };
    }

    private static Map<String, String> withNumberType(SentenceReadings s, int i, Map<String, String> features) {
        if (s.uposIs(i, "NUM") && s.form(i).chars().anyMatch(Character::isDigit)) {
            features.put("NumType", "Card");
        } else if (s.uposIs(i, "ADJ") && s.form(i).matches("\\d+\\.")) {
            features.put("NumType", "Ord");
        }
        return features;
    }
}
