package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;

/**
 * Reported speech that goes on without a new cue: sentences whose first verb is in Konjunktiv
 * ("Die Lage sei ernst.", "Es gäbe Hinweise.") or is "soll" ("Der Befehl soll erteilt worden
 * sein."). Right after a quotation in its paragraph they belong to its speaker. Konjunktiv I
 * ("sei", "habe") and indicative "soll" mark reported speech on their own, so such a sentence
 * also continues a quotation a few sentences back or at the end of the previous paragraph; a
 * Konjunktiv I sentence without any quotation near it is still reported speech, taken for the
 * words of the last source quoted before it, or of nobody named where none was.
 */
final class FreeIndirect {
    /** How many sentences back a Konjunktiv I or "soll" sentence looks for the quotation it continues. */
    private static final int REACH = 3;

    private final Words w;

    FreeIndirect(Words words) {
        this.w = words;
    }

    /** Continuations of the given quotations (sorted by position), each with its speaker's source where known. */
    List<Quotation> find(List<Quotation> quotations, BitSet taken) {
        List<Quotation> all = new ArrayList<>(quotations);
        List<Quotation> found = new ArrayList<>();
        for (Sentence sentence : w.sentences) {
            if (covered(sentence, all, taken)) {
                continue;
            }
            int verb = mainVerb(sentence);
            // "Sollte das nicht gelingen, …": a verb first is a condition or a question.
            if (verb < 0 || verb == sentence.firstToken()) {
                continue;
            }
            Quotation before = nearestBefore(sentence, all);
            boolean sollen = w.lemma(verb).equals("sollen");
            boolean konjunktivOne = w.isKonjunktivOne(verb);
            // "Er soll … haben" reports hearsay as plainly as Konjunktiv I, but with no quotation near
            // it is as often a plan ("Das Werk soll 2027 öffnen"), so it only continues one.
            boolean continues = before != null && (directlyAfter(before, sentence)
                    || (konjunktivOne || sollen && !w.isSubjunctive(verb)) && withinReach(before, sentence));
            Quotation continued = continues ? before : null;
            if (continued == null && !konjunktivOne) {
                continue;
            }
            Span cue = sollen ? w.span(verb) : null;
            // Konjunktiv I far from any quotation still reports someone: most likely the last one quoted.
            Quotation speaking = continued != null ? continued : lastWithSource(sentence, all);
            Quotation q = new Quotation(Type.FREE_INDIRECT, List.of(w.contentSpan(sentence.firstToken(), sentence.endToken())),
                    cue, sollen ? "sollen" : null, null, null, null, null, speaking == null ? null : speaking.source(), false,
                    speaking == null ? List.of() : speaking.relayedBy());
            found.add(q);
            all.add(q);
        }
        return found;
    }

    private Quotation nearestBefore(Sentence sentence, List<Quotation> quotations) {
        Quotation nearest = null;
        for (Quotation q : quotations) {
            if (q.extent().end() <= sentence.span().start() && (nearest == null || q.extent().end() > nearest.extent().end())) {
                nearest = q;
            }
        }
        return nearest;
    }

    /** The quotation with a known source that ends last before the sentence, or null. */
    static Quotation lastWithSource(Sentence sentence, List<Quotation> quotations) {
        Quotation last = null;
        for (Quotation q : quotations) {
            if (q.source() != null && q.extent().end() <= sentence.span().start()
                    && (last == null || q.extent().end() > last.extent().end())) {
                last = q;
            }
        }
        return last;
    }

    /** The sentence follows the quotation's last sentence in the same paragraph. */
    private boolean directlyAfter(Quotation q, Sentence sentence) {
        int last = w.tokenAtOrAfter(q.extent().end()) - 1;
        return last >= 0 && w.tokens.get(last).sentence() + 1 == sentence.index()
                && w.paragraphStart(q.extent().end()) == w.paragraphStart(sentence.span().start());
    }

    /** At most {@link #REACH} sentences back, in the same paragraph or the one before. */
    private boolean withinReach(Quotation q, Sentence sentence) {
        int last = w.tokenAtOrAfter(q.extent().end()) - 1;
        if (last < 0 || sentence.index() - w.tokens.get(last).sentence() > REACH) {
            return false;
        }
        int paragraph = w.paragraphStart(sentence.span().start());
        int quoted = w.paragraphStart(q.extent().end());
        return quoted == paragraph || w.previousParagraphStart(paragraph) == quoted;
    }

    private boolean covered(Sentence sentence, List<Quotation> quotations, BitSet taken) {
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            if (taken.get(t)) {
                return true;
            }
        }
        for (Quotation q : quotations) {
            if (q.extent().overlaps(sentence.span())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first finite verb when it marks reported speech, else -1: Konjunktiv I, Konjunktiv II
     * (which stands in for it where the forms coincide: "sie hätten", "es gäbe") or "sollen".
     */
    private int mainVerb(Sentence sentence) {
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            if (w.isFinite(t)) {
                boolean sollen = w.lemma(t).equals("sollen") && !w.isSubjunctive(t);
                return w.isSubjunctive(t) || sollen ? t : -1;
            }
        }
        return -1;
    }
}
