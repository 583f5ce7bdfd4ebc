package org.hearsay.lang.en.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Span;
import org.hearsay.lang.en.quotes.EnglishWords.Phrase;

/**
 * Attributions that name no one: "X seems to …", "X appeared to …", "X is (widely) expected to …"
 * and "it appears that …" report an impression or an expectation whose holder the sentence leaves
 * open. What is reported is the subject and the infinitive (or the that-clause after "it").
 */
final class SpeakerlessReports {
    private static final Set<String> IMPRESSIONS = Set.of("seem", "appear");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

    private final EnglishWords w;

    SpeakerlessReports(EnglishWords words) {
        this.w = words;
    }

    /** The attribution whose cue is the verb at {@code verb}, or null. */
    Attribution at(int verb) {
        String lemma = w.lemma(verb).toLowerCase(Locale.ROOT);
        boolean impression = IMPRESSIONS.contains(lemma) && w.pos(verb).startsWith("VB") && !w.pos(verb).equals("VBG");
        boolean expectation = lemma.equals("expect") && w.pos(verb).equals("VBN") && passive(verb);
        if (!impression && !expectation) {
            return null;
        }
        int cueFirst = verb;
        while (cueFirst > w.sentenceStart(verb) && (auxiliary(cueFirst - 1) || w.pos(cueFirst - 1).equals("RB"))) {
            cueFirst--; // "has seemed", "is widely expected"
        }
        int limit = w.sentenceEnd(verb);
        int next = verb + 1;
        Phrase subject = w.subjectBefore(cueFirst);
        if (subject == null) {
            return null;
        }
        List<Span> content = new ArrayList<>();
        int end;
        if (next < limit && w.pos(next).equals("TO") && next + 1 < limit && w.pos(next + 1).equals("VB")) {
            end = next + 2;
            while (end < limit && !w.isComma(end) && !w.pos(end).equals(".") && !w.form(end).equals(";")) {
                end++;
            }
            if (!(w.pos(subject.first()).equals("PRP") && w.lower(subject.first()).equals("it"))) {
                content.add(w.spanOf(subject));
            }
        } else if (impression && next < limit && w.lower(next).equals("that") && w.lower(subject.first()).equals("it")) {
            end = limit;
        } else {
            return null;
        }
        content.add(w.contentSpan(next, end));
        Span cue = new Span(w.span(cueFirst).start(), w.span(verb).end());
        return new Attribution(Type.REPORTED, content, cue, lemma, cue, null, null, null, false);
    }

    private boolean auxiliary(int i) {
        return w.pos(i).equals("MD") || w.pos(i).startsWith("VB") && AUXILIARIES.contains(w.lemma(i).toLowerCase(Locale.ROOT));
    }

    /** "is expected", "are widely expected": a form of "be" before the participle. */
    private boolean passive(int verb) {
        for (int j = verb - 1; j >= w.sentenceStart(verb) && (w.pos(j).equals("RB") || w.pos(j).startsWith("VB")); j--) {
            if (w.lemma(j).equalsIgnoreCase("be")) {
                return true;
            }
        }
        return false;
    }
}
