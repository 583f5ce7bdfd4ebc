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
 * "according to X"; a headline's "X: …"; impressions and expectations of no one named
 * ({@link SpeakerlessReports}); everything else a verb of saying, thinking or wanting reports
 * ({@link ReportingVerbs}), keeping only the outermost of nested reports.
 */
final class EnglishAttributions {
    private final EnglishWords w;
    private final EnglishQuoteLexicon lexicon;
    private final ReportingVerbs reportingVerbs;
    private final SpeakerlessReports speakerless;

    EnglishAttributions(EnglishWords words, EnglishQuoteLexicon lexicon) {
        this.w = words;
        this.lexicon = lexicon;
        this.reportingVerbs = new ReportingVerbs(words, lexicon);
        this.speakerless = new SpeakerlessReports(words);
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
        List<Attribution> reported = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (taken.get(i)) {
                continue;
            }
            Attribution a = accordingTo(i);
            if (a == null && i == w.sentenceStart(i)) {
                a = namedBeforeColon(i);
            }
            if (a == null) {
                a = reportingVerbs.at(i);
            }
            if (a == null) {
                a = speakerless.at(i);
            }
            if (a != null) {
                reported.add(a);
            }
        }
        found.addAll(outermost(reported));
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
            Phrase speaker = reportingVerbs.speakerBefore(j);
            if (speaker == null && w.isFiniteVerb(j)) {
                speaker = w.nounPhraseAt(j + 1); // "Said the minister: “…”"
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
        Phrase speaker = throughDescription(i + 2, w.nounPhraseAt(i + 2));
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

    /** A headline's "Senator X: …" or "Daily News: …": a named person or organisation, a colon, their words. */
    private Attribution namedBeforeColon(int first) {
        Phrase speaker = w.nounPhraseAt(first);
        int colon = speaker == null ? -1 : speaker.end();
        int limit = w.sentenceEnd(first);
        if (colon < 0 || colon + 3 >= limit || !w.form(colon).equals(":") || !w.pos(colon - 1).startsWith("NNP")
                || w.entitiesIn(speaker).stream().noneMatch(e -> e.type().equals("PER") || e.type().equals("ORG"))) {
            return null;
        }
        Span content = w.contentSpan(colon + 1, limit);
        Type type = holdsQuote(content) ? Type.DIRECT : Type.INDIRECT;
        Span frame = new Span(w.spanOf(speaker).start(), w.span(colon).end());
        return new Attribution(type, List.of(content), w.span(colon), ":", frame, speaker, null, null, false);
    }

    /**
     * The source after "according to" up to the comma or sentence end, when a participle or adverb
     * cut the noun phrase short: "a just-released poll", "a poll released Thursday".
     */
    private Phrase throughDescription(int first, Phrase phrase) {
        int limit = w.sentenceEnd(first);
        int end = first;
        while (end < limit && end < first + 15 && !w.isComma(end) && !w.pos(end).equals(".") && !w.isFiniteVerb(end)) {
            end++;
        }
        boolean closed = end < limit && (w.isComma(end) || w.pos(end).equals(".")) || end == limit;
        if (!closed || end == first || (phrase != null && phrase.end() >= end)) {
            return phrase;
        }
        for (int j = first; j < end; j++) {
            if (w.isNoun(j)) {
                return new Phrase(first, end);
            }
        }
        return phrase;
    }

    private boolean holdsQuote(Span content) {
        return w.quotes.stream().anyMatch(q -> content.contains(q.content()));
    }

    /**
     * The attributions whose cue lies in no other one's content: "X said Y wants Z" reports Y's wish
     * inside X's statement, and each word belongs to one attribution. Two that hold each other's
     * cue ("X said …, according to Y") both stay.
     */
    private static List<Attribution> outermost(List<Attribution> candidates) {
        return candidates.stream().filter(a -> candidates.stream().noneMatch(b -> b != a && reports(b, a) && !reports(a, b)))
                .toList();
    }

    private static boolean reports(Attribution outer, Attribution inner) {
        return outer.content().stream().anyMatch(piece -> piece.contains(inner.cue()));
    }
}
