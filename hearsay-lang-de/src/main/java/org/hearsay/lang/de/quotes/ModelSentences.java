package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;

/**
 * Sentences no rule took, with a hint of a report in them, that {@link QuoteSentenceModel} scores as reported speech: "Die Tat
 * bezeichnete er als sinnlos.", "Der Verdächtige soll das Geld versteckt haben." A sentence whose
 * first finite verb is in Konjunktiv or is "soll" goes on a report (free indirect speech) and is
 * given to the last source quoted before it; any other is reported speech, whose speaker is the
 * subject of that verb.
 */
final class ModelSentences {
    private final Words w;
    private final Phrases phrases;
    private final QuoteLexicon lexicon;
    private final QuoteSentenceModel model;
    private final SentenceFeatures features;

    ModelSentences(Words words, Phrases phrases, QuoteLexicon lexicon, QuoteSentenceModel model) {
        this.w = words;
        this.phrases = phrases;
        this.lexicon = lexicon;
        this.model = model;
        this.features = new SentenceFeatures(words, phrases, lexicon);
    }

    /** The sentences outside the given quotations and quote marks that the model takes for quotations. */
    List<Quotation> find(List<Quotation> quotations, BitSet taken, SourceBook book) {
        List<Quotation> found = new ArrayList<>();
        for (Sentence sentence : w.sentences) {
            if (open(sentence, quotations, taken) && signalled(sentence, quotations)
                    && model.score(features.of(sentence, quotations)) > 0) {
                Quotation q = quotation(sentence, quotations, book);
                if (q != null) {
                    found.add(q);
                }
            }
        }
        return found;
    }

    /** No quotation overlaps the sentence and no token of it lies in quote marks. */
    static boolean open(Sentence sentence, List<Quotation> quotations, BitSet taken) {
        int quoted = taken.nextSetBit(sentence.firstToken());
        if (quoted >= 0 && quoted < sentence.endToken()) {
            return false;
        }
        return quotations.stream().noneMatch(q -> q.extent().overlaps(sentence.span()));
    }

    /**
     * The model only decides where the sentence itself hints at a report: a reporting verb not
     * negated, a first finite verb in Konjunktiv I or "soll", or one in Konjunktiv II right after a
     * quotation ("Die Kosten dürften steigen" alone is the article's own estimate).
     */
    private boolean signalled(Sentence sentence, List<Quotation> quotations) {
        int finite = features.firstFinite(sentence);
        if (finite >= 0 && (w.isKonjunktivOne(finite) || w.lemma(finite).equals("sollen") && !w.isSubjunctive(finite))) {
            return true;
        }
        if (finite >= 0 && w.isSubjunctive(finite)) {
            return FreeIndirect.lastWithSource(sentence, quotations) != null
                    && quotations.stream().anyMatch(q -> q.extent().end() <= sentence.span().start()
                    && sentence.index() - w.tokens.get(Math.max(0, w.tokenAtOrAfter(q.extent().end()) - 1)).sentence() <= 2);
        }
        boolean cue = false;
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            cue |= w.isVerb(t) && lexicon.cueVerb(w.lemma(t)) != null;
            if (w.pos(t).equals("PTKNEG")) {
                // "Das Ministerium wollte sich nicht äußern": a refusal reports no words.
                return false;
            }
        }
        return cue;
    }

    private Quotation quotation(Sentence sentence, List<Quotation> quotations, SourceBook book) {
        int finite = features.firstFinite(sentence);
        if (finite < 0) {
            return null;
        }
        Span content = w.contentSpan(sentence.firstToken(), sentence.endToken());
        boolean reportative = w.isSubjunctive(finite) || w.lemma(finite).equals("sollen");
        if (reportative) {
            Quotation before = FreeIndirect.lastWithSource(sentence, quotations);
            return new Quotation(Type.FREE_INDIRECT, List.of(content), null, null, null, null, null, null,
                    before == null ? null : before.source(), false, before == null ? List.of() : before.relayedBy());
        }
        Phrase subject = phrases.subjectOf(finite);
        SourceBook.Entry entry = subject == null ? null : book.resolve(subject, w.isPlural(finite));
        return new Quotation(Type.REPORTED, List.of(content), null, null, null, subject == null ? null : w.spanOf(subject), null,
                null, entry == null ? null : entry.id, false, List.of());
    }
}
