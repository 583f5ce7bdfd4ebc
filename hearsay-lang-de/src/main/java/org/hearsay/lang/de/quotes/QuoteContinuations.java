package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Span;
import org.hearsay.core.quotes.QuotedSpan;

/**
 * Direct quotes that go on without a new reporting clause: „Ich verstehe die Sorgen“, sagt Voss.
 * „Aber …“ The next quote belongs to the same speaker when it stands in the same paragraph,
 * opens a sentence right after the quotation and makes up that whole sentence.
 */
final class QuoteContinuations {
    private final Words w;

    QuoteContinuations(Words words) {
        this.w = words;
    }

    /** Continuations of the given direct quotations (sorted by position), each with its speaker's source. */
    List<Quotation> find(List<Quotation> quotations) {
        List<Quotation> found = new ArrayList<>();
        for (Quotation q : quotations) {
            Quotation previous = q;
            while (previous.type() == Type.DIRECT && previous.source() != null) {
                QuotedSpan next = nextQuote(previous, quotations);
                if (next == null) {
                    break;
                }
                previous = new Quotation(Type.DIRECT, List.of(next.content()), null, null, null, null, null, q.medium(),
                        q.source(), next.unclosed(), q.relayedBy());
                found.add(previous);
            }
        }
        return found;
    }

    /** The quote that continues this quotation, or null. */
    private QuotedSpan nextQuote(Quotation q, List<Quotation> quotations) {
        int end = q.frame() != null && q.frame().end() > q.extent().end() ? q.frame().end() : q.extent().end();
        for (QuotedSpan s : w.quotes) {
            if (s.depth() != 0 || s.open() < end) {
                continue;
            }
            int open = w.tokenAtOrAfter(s.open());
            boolean sameParagraph = w.paragraphStart(s.open()) == w.paragraphStart(end);
            boolean adjacent = w.text.substring(end, s.open()).strip().matches("[.!?]?");
            boolean opensSentence = open < w.size() && w.sentenceStart(open) == open;
            boolean free = quotations.stream().noneMatch(other -> other.extent().overlaps(s.content()));
            return sameParagraph && adjacent && opensSentence && free && closesSentence(s) ? s : null;
        }
        return null;
    }

    private boolean closesSentence(QuotedSpan s) {
        if (s.unclosed()) {
            return true;
        }
        int after = w.tokenAtOrAfter(s.close() + 1);
        return after >= w.size() || w.sentenceOf(after) != w.sentenceOf(w.tokenAtOrAfter(s.close()))
                || w.pos(after).equals("$.");
    }
}
