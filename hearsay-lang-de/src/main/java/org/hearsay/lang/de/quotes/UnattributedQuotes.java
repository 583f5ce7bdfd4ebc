package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.quotes.QuotedSpan;

/**
 * Quotes in marks that no rule attributes: "Das Fazit der Ministerin: „…“", a quote after a
 * colon, a quote between two sentences about its speaker. Five words or more in marks that make
 * a statement of their own are someone's words rather than a title or a term, so they are a
 * direct quotation even without a frame (except in the headline); their speaker is the last source quoted before them (news quote one speaker at a time),
 * else left open.
 */
final class UnattributedQuotes {
    private static final int MIN_WORDS = 5;

    private final Words w;

    UnattributedQuotes(Words words) {
        this.w = words;
    }

    /** Direct quotations for the outermost quotes of five words or more that no given quotation overlaps. */
    List<Quotation> find(List<Quotation> quotations) {
        List<Quotation> found = new ArrayList<>();
        for (QuotedSpan q : w.quotes) {
            if (q.depth() != 0 || words(q) < MIN_WORDS || headline(q) || !standsAlone(q)
                    || quotations.stream().anyMatch(other -> other.extent().overlaps(q.content()))) {
                continue;
            }
            Quotation before = nearestBefore(q, quotations);
            found.add(new Quotation(Type.DIRECT, List.of(q.content()), null, null, null, null, null,
                    before == null ? null : before.medium(), before == null ? null : before.source(), q.unclosed(),
                    before == null ? List.of() : before.relayedBy()));
        }
        return found;
    }

    /** A quote that is the text's whole first line is its headline, which names nobody. */
    private boolean headline(QuotedSpan q) {
        int lineEnd = w.text.indexOf('\n');
        return w.text.substring(0, q.open()).isBlank() && (lineEnd < 0 || w.text.substring(q.withMarks().end(), lineEnd).isBlank());
    }

    /**
     * The quote opens its sentence, follows a colon or closes its sentence: a statement of its own,
     * not words quoted as the object of the narrator's sentence ("trug die Aufschrift „…“ in roten Buchstaben").
     */
    private boolean standsAlone(QuotedSpan q) {
        String before = w.text.substring(w.paragraphStart(q.open()), q.open()).strip();
        if (before.isEmpty() || before.endsWith(":") || before.endsWith(".") || before.endsWith("!") || before.endsWith("?")) {
            return true;
        }
        if (q.unclosed()) {
            return false;
        }
        String after = w.text.substring(q.close() + 1).stripLeading();
        return after.isEmpty() || after.charAt(0) == '\n' || ".!?".indexOf(after.charAt(0)) >= 0
                || w.text.charAt(q.close() + 1) == '\n';
    }

    private int words(QuotedSpan q) {
        String text = q.content().of(w.text).strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    /** The quotation with a known source that ends last before the quote, or null. */
    private static Quotation nearestBefore(QuotedSpan q, List<Quotation> quotations) {
        Quotation nearest = null;
        for (Quotation other : quotations) {
            if (other.source() != null && other.extent().end() <= q.open()
                    && (nearest == null || other.extent().end() > nearest.extent().end())) {
                nearest = other;
            }
        }
        return nearest;
    }
}
