package org.hearsay.core.claims;

import java.util.List;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;

/**
 * The short normalised text of a claim: its words without a leading conjunction ("dass",
 * "that") and without quote marks, pronouns of known entities replaced by the entity's name, white
 * space collapsed.
 */
final class Propositions {
    private static final String QUOTE_MARKS = "„“”\"»«‚‘›‹";

    /** A pronoun to replace: its span and the name it stands for. */
    record Replacement(Span span, String name) {
    }

    private Propositions() {
    }

    /**
     * @param pieces       the claim's words: one span, or the pieces around a reporting clause
     * @param unit         the claim's tokens
     * @param replacements pronouns inside the unit, in text order
     */
    static String of(String text, List<Span> pieces, List<Token> unit, List<Replacement> replacements, ClaimLexicon lexicon) {
        int skipTo = pieces.get(0).start();
        for (Token t : unit) {
            if (!lexicon.isLeadingConjunction(t)) {
                break;
            }
            skipTo = t.span().end();
        }
        StringBuilder out = new StringBuilder();
        for (Span piece : pieces) {
            int at = Math.max(piece.start(), skipTo);
            for (Replacement r : replacements) {
                if (r.span().start() >= at && r.span().end() <= piece.end()) {
                    append(text, at, r.span().start(), out);
                    out.append(r.name());
                    at = r.span().end();
                }
            }
            append(text, at, piece.end(), out);
            out.append(' ');
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void append(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (QUOTE_MARKS.indexOf(c) < 0) {
                out.append(c);
            }
        }
    }
}
