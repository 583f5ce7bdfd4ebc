package org.hearsay.lang.de.entities;

import java.util.List;
import org.hearsay.core.model.Token;

/**
 * The word forms of a whole document with their sentence numbers: what the rule steps look at.
 * Indices are document token indices, the same as the candidates'.
 */
record DocumentWords(List<String> forms, List<Integer> sentences) {

    static DocumentWords of(List<Token> tokens) {
        return new DocumentWords(tokens.stream().map(Token::form).toList(),
                tokens.stream().map(Token::sentence).toList());
    }

    int size() {
        return forms.size();
    }

    String get(int index) {
        return forms.get(index);
    }

    /** Index one past the last token of the sentence that token {@code index} is in. */
    int sentenceEnd(int index) {
        int end = index;
        while (end < forms.size() && sentences.get(end).equals(sentences.get(index))) {
            end++;
        }
        return end;
    }

    /** Starts with a capital letter (empty forms, which some tokenizers give, do not). */
    boolean isCapitalised(int index) {
        String form = forms.get(index);
        return !form.isEmpty() && Character.isUpperCase(form.charAt(0));
    }

    boolean isSentenceStart(int index) {
        return index == 0 || !sentences.get(index - 1).equals(sentences.get(index));
    }
}
