package org.hearsay.core.claims;

import java.util.List;
import org.hearsay.core.model.Token;

/**
 * Word sequences matched against consecutive tokens the way {@link CueLexicon} matches its cues
 * (lemma or lower-case form per word, "*x" for word endings, "=x" for a form only, "…" for a gap).
 */
final class Phrases {
    private final List<List<String>> phrases;

    Phrases(List<String> lines) {
        phrases = lines.stream().map(line -> List.of(CueLexicon.lower(line).split(" "))).toList();
    }

    /** Whether one of the phrases occurs in {@code tokens}. */
    boolean foundIn(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> phrase : phrases) {
                if (startsAt(phrase, tokens, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsAt(List<String> phrase, List<Token> tokens, int at) {
        return CueLexicon.matchesFrom(phrase, 0, tokens, at);
    }
}
