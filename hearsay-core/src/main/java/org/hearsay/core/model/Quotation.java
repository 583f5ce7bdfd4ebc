package org.hearsay.core.model;

import java.util.List;

/**
 * A statement the article attributes to someone: who says what, how it is marked and how it
 * reached the article.
 *
 * @param type      how the statement is rendered (see {@link Type})
 * @param content   the reported words: for a direct quote the text inside the marks, one span
 *                  per piece when a reporting clause splits it ("„A“, sagte X, „B“"); for an
 *                  indirect or reported statement the clause that carries it
 * @param cue       the word(s) marking the report: a verb ("sagte"), a preposition ("laut",
 *                  "zufolge"), a phrase ("nach Angaben"); null when none (free indirect speech)
 * @param cueLemma  base form of the cue ("sagen", "laut", "herausfinden"), or null
 * @param frame     the reporting clause around the cue ("sagte ein kremlnaher Gesprächspartner"),
 *                  or null
 * @param speaker   the words naming the speaker in this statement ("Der Diktator", "er"),
 *                  or null when the speaker is carried over from an earlier statement
 * @param addressee the words naming whom it was said to, or null
 * @param medium    SPEECH, WRITING or THOUGHT as far as the cue tells, else null
 * @param source    id of the {@link Source} the speaker resolves to, or null when unresolved
 * @param unclosed  true when a quote mark was opened and never closed: the content then ends at
 *                  the end of its paragraph
 * @param relayedBy ids of the sources the statement passed through before the article, outermost
 *                  first (["W"] for a Kremlin source that the portal W quoted); empty when the
 *                  article reports it itself
 */
public record Quotation(Type type, List<Span> content, Span cue, String cueLemma, Span frame, Span speaker,
                        Span addressee, Medium medium, String source, boolean unclosed, List<String> relayedBy) {

    public Quotation {
        content = List.copyOf(content);
        relayedBy = relayedBy == null ? List.of() : List.copyOf(relayedBy);
    }

    /** The first character of the reported words to the last. */
    public Span extent() {
        return new Span(content.get(0).start(), content.get(content.size() - 1).end());
    }

    /** How a statement is rendered. */
    public enum Type {
        /** Verbatim in quote marks. */
        DIRECT,
        /** Paraphrased in a dependent clause ("sagte, dass …", "erklärte, X sei …"). */
        INDIRECT,
        /** Paraphrase that takes over quoted words ("Laut ihm »besteht noch Zeit«, da …"). */
        MIXED,
        /** Only the speech act and its object ("versprach, … zu beenden", "bezeichnete X als »gut«"). */
        REPORTED,
        /** Continuation in the reporting mood without a new cue (Konjunktiv I, "soll"). */
        FREE_INDIRECT
    }

    /** What the cue says about how the words were uttered. */
    public enum Medium { SPEECH, WRITING, THOUGHT }
}
