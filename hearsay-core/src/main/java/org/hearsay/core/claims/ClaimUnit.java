package org.hearsay.core.claims;

import java.util.List;
import org.hearsay.core.model.Span;

/**
 * A stretch of text that gives one claim: a sentence or main clause of a quotation, or of the
 * article's own text.
 *
 * @param span      the words, trimmed of surrounding punctuation and quote marks
 * @param pieces    the parts of the span that are the claim's words: the span itself, or the pieces
 *                  of a quotation around the reporting clause that splits it ("Die Lage ist nach
 *                  Ansicht der Kirchen inakzeptabel")
 * @param quotation index of the quotation it comes from, or null for the article's own text
 * @param afterDash true when it follows a dash inside its sentence ("… – an diesem Tag ist …")
 * @param remainder true for the article's own words left over from a sentence that also holds a
 *                  quotation or its reporting clause
 */
record ClaimUnit(Span span, List<Span> pieces, Integer quotation, boolean afterDash, boolean remainder) {

    ClaimUnit(Span span, Integer quotation, boolean afterDash, boolean remainder) {
        this(span, List.of(span), quotation, afterDash, remainder);
    }

    /** The same unit of a single piece, cut short at {@code end}. */
    ClaimUnit endingAt(int end) {
        Span shorter = new Span(span.start(), end);
        return new ClaimUnit(shorter, List.of(shorter), quotation, afterDash, remainder);
    }

    ClaimUnit asArticles() {
        return new ClaimUnit(span, pieces, null, afterDash, remainder);
    }
}
