package org.hearsay.lang.en.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Span;
import org.hearsay.core.quotes.QuotedSpan;
import org.hearsay.lang.en.quotes.EnglishWords.Phrase;

/**
 * English quotations by rules over Penn tags: direct quotes with a reporting clause after
 * ("“…,” said X" / "“…,” X said", split by it: "“A,” she said, “B.”") or before ("X said: “…”");
 * indirect speech after a reporting verb ("X said (that) …", "…, X said."); "according to X";
 * promises by infinitive ("promised to …"); a time phrase may follow the verb in each ("pledged
 * on 9 October to …", "said on Tuesday her government would …", "…, X said on Wednesday.").
 */
final class EnglishAttributions {
    private final EnglishWords w;
    private final EnglishQuoteLexicon lexicon;

    EnglishAttributions(EnglishWords words, EnglishQuoteLexicon lexicon) {
        this.w = words;
        this.lexicon = lexicon;
    }

    List<Attribution> find() {
        List<Attribution> found = new ArrayList<>();
        BitSet taken = new BitSet(w.size());
        List<QuotedSpan> outer = w.quotes.stream().filter(q -> q.depth() == 0).toList();
        boolean[] continuation = new boolean[outer.size()];
        for (int qi = 0; qi < outer.size(); qi++) {
            QuotedSpan q = outer.get(qi);
            int first = w.tokenAtOrAfter(q.content().start());
            int end = w.tokenAtOrAfter(q.content().end());
            if (end - first >= 3) {
                taken.set(Math.max(0, first - 1), Math.min(w.size(), end + 1));
            }
            if (continuation[qi]) {
                continue;
            }
            Attribution a = q.unclosed() || !sayable(first, end) ? null : frameAfter(q, outer, qi, continuation);
            if (a == null) {
                a = frameBefore(q);
            }
            if (a != null) {
                found.add(a);
                taken.set(w.tokenAtOrAfter(a.frame().start()), w.tokenAtOrAfter(a.frame().end()));
            }
        }
        for (int i = 0; i < w.size(); i++) {
            if (taken.get(i)) {
                continue;
            }
            Attribution a = accordingTo(i);
            if (a == null && w.isFiniteVerb(i)) {
                a = reportingVerb(i);
            }
            if (a != null) {
                found.add(a);
            }
        }
        return found;
    }

    /** “…,” said X / “…,” X said — optionally continued: , “…” */
    private Attribution frameAfter(QuotedSpan q, List<QuotedSpan> outer, int qi, boolean[] continuation) {
        int k = w.tokenAtOrAfter(q.close() + 1);
        if (k >= w.size() || w.span(k).start() - q.close() > 2) {
            return null;
        }
        if (w.isComma(k)) {
            k++;
        }
        if (k >= w.size()) {
            return null;
        }
        int verb;
        Phrase speaker;
        EnglishQuoteLexicon.CueVerb cue = lexicon.cueVerb(w.lemma(k));
        if (cue != null && w.isFiniteVerb(k)) {
            verb = k;
            speaker = w.nounPhraseAt(k + 1);
        } else {
            speaker = w.nounPhraseAt(k);
            verb = speaker == null ? -1 : speaker.end();
            cue = verb < 0 || verb >= w.size() ? null : lexicon.cueVerb(w.lemma(verb));
        }
        if (speaker == null || cue == null) {
            return null;
        }
        int frameEnd = Math.max(verb + 1, speaker.end());
        Span addressee = null;
        Phrase told = cue.lemma().equals("tell") && frameEnd < w.size() ? w.nounPhraseAt(frameEnd) : null;
        if (told != null) {
            addressee = w.spanOf(told);
            frameEnd = told.end();
        }
        List<Span> content = new ArrayList<>(List.of(trimmed(q.content())));
        boolean unclosed = false;
        if (frameEnd + 1 < w.size() && w.isComma(frameEnd) && qi + 1 < outer.size()
                && w.tokenAtOrAfter(outer.get(qi + 1).open()) == frameEnd + 1) {
            content.add(trimmed(outer.get(qi + 1).content()));
            unclosed = outer.get(qi + 1).unclosed();
            continuation[qi + 1] = true;
        }
        int frameStart = Math.min(verb, speaker.first());
        Span frame = new Span(w.span(frameStart).start(), w.span(frameEnd - 1).end());
        return new Attribution(Type.DIRECT, content, w.span(verb), cue.lemma(), frame, speaker, addressee, cue.medium(), unclosed);
    }

    /** Words in marks that can be a statement: a verb in them, or many words (not a show's title). */
    private boolean sayable(int first, int end) {
        for (int j = first; j < end && j < w.size(); j++) {
            if (w.pos(j).startsWith("VB") || w.pos(j).equals("MD")) {
                return true;
            }
        }
        return end - first >= 6;
    }

    /** X said: “…” and X said, “…”. */
    private Attribution frameBefore(QuotedSpan q) {
        int open = w.tokenAtOrAfter(q.open());
        if (open < 2 || open >= w.size() || !(w.form(open - 1).equals(":") || w.isComma(open - 1))) {
            return null;
        }
        // A title in marks ("told Fox’s “Sunday Morning Futures”") is no quotation: ask for a few words.
        if (w.tokenAtOrAfter(q.content().end()) - open < 4) {
            return null;
        }
        // The reporting verb must belong to the clause right before the mark.
        for (int j = open - 2; j >= w.sentenceStart(open - 1) && !w.isComma(j); j--) {
            EnglishQuoteLexicon.CueVerb cue = w.pos(j).startsWith("VB") ? lexicon.cueVerb(w.lemma(j)) : null;
            if (cue == null) {
                continue;
            }
            Phrase speaker = w.subjectBefore(j);
            if (speaker == null) {
                speaker = w.nounPhraseAt(j + 1);
            }
            if (speaker == null) {
                return null;
            }
            Span frame = new Span(w.span(Math.min(j, speaker.first())).start(), w.span(open - 2).end());
            return new Attribution(Type.DIRECT, List.of(trimmed(q.content())), w.span(j), cue.lemma(), frame, speaker, null,
                    cue.medium(), q.unclosed());
        }
        return null;
    }

    /** English puts the comma inside the marks (“We will win,” she said): it is no part of the words. */
    private Span trimmed(Span content) {
        int end = content.end();
        while (end > content.start() && ",".indexOf(w.text.charAt(end - 1)) >= 0) {
            end--;
        }
        return new Span(content.start(), end);
    }

    /** "according to X, …" and "…, according to X." */
    private Attribution accordingTo(int i) {
        if (!w.lower(i).equals("according") || i + 2 >= w.size() || !w.lower(i + 1).equals("to")) {
            return null;
        }
        Phrase speaker = w.nounPhraseAt(i + 2);
        if (speaker == null) {
            return null;
        }
        int start = w.sentenceStart(i);
        int limit = w.sentenceEnd(i);
        List<Span> content = new ArrayList<>();
        if (i > start && !(i == start + 1 && w.isComma(start))) {
            content.add(w.contentSpan(start, i));
        }
        int rest = speaker.end();
        while (rest < limit && w.isComma(rest)) {
            rest++;
        }
        if (rest < limit && !w.pos(rest).equals(".")) {
            content.add(w.contentSpan(rest, limit));
        }
        if (content.isEmpty()) {
            return null;
        }
        Span cue = new Span(w.span(i).start(), w.span(i + 1).end());
        Span frame = new Span(w.span(i).start(), w.span(speaker.end() - 1).end());
        Type type = content.stream().anyMatch(this::holdsQuote) ? Type.MIXED : Type.INDIRECT;
        return new Attribution(type, content, cue, "according to", frame, speaker, null, null, false);
    }

    private boolean holdsQuote(Span content) {
        return w.quotes.stream().anyMatch(q -> content.contains(q.content()));
    }

    /** X said (that) …; X told Y (that) …; X promised to …; …, X said. / …, said X. */
    private Attribution reportingVerb(int verb) {
        EnglishQuoteLexicon.CueVerb cue = lexicon.cueVerb(w.lemma(verb));
        if (cue == null) {
            return null;
        }
        int limit = w.sentenceEnd(verb);
        int start = w.sentenceStart(verb);
        Phrase speaker = w.subjectBefore(verb);
        boolean inverted = false;
        if (speaker == null && verb > start && w.isComma(verb - 1)) {
            speaker = w.nounPhraseAt(verb + 1);
            inverted = true;
        }
        if (speaker == null) {
            return null;
        }
        int after = afterTimePhrase(inverted ? speaker.end() : verb + 1, limit);
        // "…, the minister said." — the statement precedes.
        boolean trailingComma = inverted || speaker.first() > start && w.isComma(speaker.first() - 1);
        if (trailingComma && w.isEnd(after)) {
            int comma = inverted ? verb - 1 : speaker.first() - 1;
            if (comma <= start || w.isQuoteMark(comma - 1)) {
                return null;
            }
            return attribution(Type.INDIRECT, w.contentSpan(start, comma), verb, cue, speaker, null);
        }
        Span addressee = null;
        if (cue.lemma().equals("tell")) {
            Phrase told = w.nounPhraseAt(after);
            if (told != null) {
                told = w.untilNextDeterminer(told);
                addressee = w.spanOf(told);
                after = afterTimePhrase(told.end(), limit);
            }
        }
        if (after >= limit) {
            return null;
        }
        if (w.lower(after).equals("that") && w.pos(after).equals("IN")) {
            return attribution(Type.INDIRECT, w.contentSpan(after, limit), verb, cue, speaker, addressee);
        }
        if (cue.takesInfinitive() && w.pos(after).equals("TO") && after + 1 < limit && w.pos(after + 1).equals("VB")) {
            int end = after + 2;
            while (end < limit && !w.isComma(end) && !w.pos(end).equals(".") && !(w.pos(end).equals("CC") && opensClause(end + 1))) {
                end++;
            }
            return attribution(Type.REPORTED, w.contentSpan(after, end), verb, cue, speaker, addressee);
        }
        Phrase subject = w.nounPhraseAt(after);
        int next = subject == null ? -1 : subject.end();
        while (next >= 0 && next < limit && w.pos(next).equals("RB")) {
            next++;
        }
        if (next >= 0 && next < limit && w.isFiniteVerb(next)) {
            return attribution(Type.INDIRECT, w.contentSpan(after, limit), verb, cue, speaker, addressee);
        }
        return null;
    }

    /**
     * Whether a new clause starts at {@code i}: a finite verb ("… and said") or a subject with one
     * ("… and the union rejected it"); "small and medium-sized exporters" goes on.
     */
    private boolean opensClause(int i) {
        if (i >= w.size() || w.isFiniteVerb(i)) {
            return true;
        }
        Phrase subject = w.nounPhraseAt(i);
        return subject != null && subject.end() < w.size() && w.isFiniteVerb(subject.end());
    }

    /**
     * The token after a time phrase that starts at {@code i} ("on Tuesday", "last week", "on 9
     * October", "late on Friday", "yesterday"), or {@code i} when none does: openers need a time
     * word or number after them.
     */
    private int afterTimePhrase(int i, int limit) {
        int k = i;
        while (k < limit && lexicon.opensTime(w.lower(k))) {
            k++; // "late on Friday"
        }
        int words = 0;
        while (k < limit && (lexicon.isTimeWord(w.lower(k)) || w.pos(k).equals("CD"))) {
            k++;
            words++;
        }
        return words > 0 ? k : i;
    }

    private Attribution attribution(Type type, Span content, int verb, EnglishQuoteLexicon.CueVerb cue, Phrase speaker,
                                    Span addressee) {
        Span frame = new Span(Math.min(w.span(verb).start(), w.spanOf(speaker).start()),
                Math.max(w.span(verb).end(), w.spanOf(speaker).end()));
        return new Attribution(type, List.of(content), w.span(verb), cue.lemma(), frame, speaker, addressee, cue.medium(), false);
    }
}
