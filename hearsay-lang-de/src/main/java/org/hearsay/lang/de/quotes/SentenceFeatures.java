package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Sentence;

/**
 * What {@link QuoteSentenceModel} looks at in a sentence: the mood and lemma of its first finite
 * verb, the reporting verbs of {@link QuoteLexicon} and every other lemma in it, quote marks, how
 * it starts, its subject, and whether the sentences before it hold a quotation the rules found.
 */
final class SentenceFeatures {
    private static final int LENGTH_BUCKET = 10;
    private static final int MAX_LENGTH_BUCKET = 4;

    private final Words w;
    private final Phrases phrases;
    private final QuoteLexicon lexicon;

    SentenceFeatures(Words words, Phrases phrases, QuoteLexicon lexicon) {
        this.w = words;
        this.phrases = phrases;
        this.lexicon = lexicon;
    }

    List<String> of(Sentence sentence, List<Quotation> quotations) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        int first = sentence.firstToken();
        f.add("first=" + w.form(first).toLowerCase(Locale.ROOT));
        f.add("firstpos=" + w.pos(first));
        f.add("len=" + Math.min((sentence.endToken() - first) / LENGTH_BUCKET, MAX_LENGTH_BUCKET));
        int finite = firstFinite(sentence);
        if (finite >= 0) {
            f.add("fin=" + w.lemma(finite));
            f.add("mood=" + (w.isKonjunktivOne(finite) ? "konj1" : w.isSubjunctive(finite) ? "konj2" : "ind"));
            f.add("finpos=" + Math.min(finite - first, 2));
            f.add("subj=" + subject(finite));
        }
        for (int t = first; t < sentence.endToken(); t++) {
            if (w.isQuoteMark(t)) {
                f.add("quotemark");
            }
            if (w.isSubjunctive(t)) {
                f.add("anysub");
            }
            QuoteLexicon.CueVerb cue = w.isVerb(t) ? lexicon.cueVerb(w.lemma(t)) : null;
            if (cue != null) {
                f.add("cue");
                f.add("cuemedium=" + cue.medium());
            }
            if (!w.isNoun(t) && !w.pos(t).startsWith("ADJ") && !w.pos(t).equals("CARD") && !w.pos(t).startsWith("$")) {
                f.add("l=" + w.lemma(t).toLowerCase(Locale.ROOT));
            }
        }
        f.add("prev=" + quotedBefore(sentence, quotations));
        if (w.paragraphStart(sentence.span().start()) == sentence.span().start()) {
            f.add("opensparagraph");
        }
        return f;
    }

    int firstFinite(Sentence sentence) {
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            if (w.isFinite(t)) {
                return t;
            }
        }
        return -1;
    }

    private String subject(int finite) {
        Phrase subject = phrases.subjectOf(finite);
        if (subject == null) {
            return "none";
        }
        if (w.isPronoun(subject.first())) {
            return "pronoun";
        }
        return w.entitiesIn(subject).stream().findFirst().map(e -> e.type()).orElse("noun");
    }

    private static final int NEAR = 5;

    /** How many sentences back the nearest quotation the rules found ends: "1", "2", "near" (up to five), "far" or "none". */
    private String quotedBefore(Sentence sentence, List<Quotation> quotations) {
        int nearest = Integer.MAX_VALUE;
        for (Quotation q : quotations) {
            if (q.extent().end() <= sentence.span().start()) {
                int last = w.tokens.get(Math.max(0, w.tokenAtOrAfter(q.extent().end()) - 1)).sentence();
                nearest = Math.min(nearest, sentence.index() - last);
            }
        }
        return nearest == Integer.MAX_VALUE ? "none" : nearest <= 2 ? String.valueOf(Math.max(nearest, 1))
                : nearest <= NEAR ? "near" : "far";
    }
}
