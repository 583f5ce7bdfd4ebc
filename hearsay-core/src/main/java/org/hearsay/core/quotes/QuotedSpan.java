package org.hearsay.core.quotes;

import org.hearsay.core.model.Span;

/**
 * A stretch of text between quote marks, as found by {@link QuoteMarks}.
 *
 * @param open     index of the opening mark
 * @param close    index of the closing mark, or -1 when the quote is unclosed
 * @param content  the text between the marks; for an unclosed quote up to the paragraph end
 * @param depth    0 for an outermost quote, 1 for a quote inside it, …
 * @param unclosed true when no closing mark was found before the paragraph ended
 */
public record QuotedSpan(int open, int close, Span content, int depth, boolean unclosed) {

    /** The quote with its marks (as far as they exist). */
    public Span withMarks() {
        return new Span(open, close < 0 ? content.end() : close + 1);
    }
}
