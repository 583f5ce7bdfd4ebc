package org.hearsay.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.model.Span;

/**
 * The tokens PolNeAR is scored on. The corpus ships no tokens here (its CoreNLP parses were not
 * copied), so it gets a simple, fixed tokenization: each maximal run of letters and digits is a
 * token, and so is every other character that is not white space.
 */
public final class WordTokenizer {
    private WordTokenizer() {
    }

    public static List<Span> tokenize(String text) {
        List<Span> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                while (next < text.length() && Character.isLetterOrDigit(text.codePointAt(next))) {
                    next += Character.charCount(text.codePointAt(next));
                }
                tokens.add(new Span(i, next));
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                tokens.add(new Span(i, next));
            }
            i = next;
        }
        return tokens;
    }
}
