package org.hearsay.core.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A syntactic word. Contractions split by the tokenizer ("zum" → "zu" + "dem") give several
 * tokens over the same span; {@code form} is the word itself, the span its surface in the text.
 *
 * @param index    position in the document's token list
 * @param span     surface characters in the article text
 * @param sentence index of its sentence
 * @param form     the word (may differ from the surface for split contractions)
 * @param pos      part-of-speech tag (STTS for German, Penn Treebank for English)
 * @param lemma    base form, or null where unknown
 * @param features morphological features in Universal Dependencies style
 *                 (e.g. Mood=Sub, Tense=Pres, Person=3, Number=Sing), never null
 */
public record Token(int index, Span span, int sentence, String form, String pos, String lemma,
                    Map<String, String> features) {
    public Token {
        // Sorted so that JSON output is byte-for-byte deterministic.
        features = features == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(features));
    }

    public String feature(String name) {
        return features.get(name);
    }

    public Token withMorphology(String newLemma, Map<String, String> newFeatures) {
        return new Token(index, span, sentence, form, pos, newLemma, newFeatures);
    }
}
