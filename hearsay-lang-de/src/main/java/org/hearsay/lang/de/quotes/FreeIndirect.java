package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;

/**
 * Reported speech that goes on without a new cue: sentences after a quotation, in the same
 * paragraph, whose first verb is in Konjunktiv ("Die Lage sei ernst.", "Es gäbe Hinweise.") or
 * is "soll" ("Der Befehl soll erteilt worden sein."). They belong to the speaker of the quotation before.
 */
final class FreeIndirect {
    private final Words w;

    FreeIndirect(Words words) {
        this.w = words;
    }

    /** Continuations of the given quotations (sorted by position), each with its speaker's source. */
    List<Quotation> find(List<Quotation> quotations, BitSet taken) {
        List<Quotation> found = new ArrayList<>();
        for (Quotation q : quotations) {
            Span extent = q.extent();
            int last = w.tokenAtOrAfter(extent.end()) - 1;
            if (last < 0 || q.source() == null) {
                continue;
            }
            int paragraph = w.paragraphStart(extent.end());
            for (int s = w.tokens.get(last).sentence() + 1; s < w.sentences.size(); s++) {
                Sentence sentence = w.sentences.get(s);
                if (w.paragraphStart(sentence.span().start()) != paragraph || covered(sentence, quotations, taken)) {
                    break;
                }
                int verb = mainVerb(sentence);
                // "Sollte das nicht gelingen, …": a verb first is a condition or a question.
                if (verb < 0 || verb == sentence.firstToken()) {
                    break;
                }
                boolean sollen = w.lemma(verb).equals("sollen");
                Span cue = sollen ? w.span(verb) : null;
                found.add(new Quotation(Type.FREE_INDIRECT, List.of(w.contentSpan(sentence.firstToken(), sentence.endToken())),
                        cue, sollen ? "sollen" : null, null, null, null, null, q.source(), false, q.relayedBy()));
            }
        }
        return found;
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
