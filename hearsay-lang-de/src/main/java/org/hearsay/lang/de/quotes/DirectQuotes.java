package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Span;
import org.hearsay.core.quotes.QuotedSpan;

/**
 * Direct quotations: a quote in marks with a reporting clause after it („…“, sagte X; „…“, so X),
 * before it (X sagte: „…“) or in its middle („A“, sagte X, „B“). Quotes without such a clause are
 * left as fragments for mixed and reported speech ("als "gut"", "Laut ihm "besteht noch Zeit"").
 */
final class DirectQuotes {
    private final Words w;
    private final Phrases phrases;
    private final QuoteLexicon lexicon;

    DirectQuotes(Words words, Phrases phrases, QuoteLexicon lexicon) {
        this.w = words;
        this.phrases = phrases;
        this.lexicon = lexicon;
    }

    /** The direct quotations; marks the tokens inside them and the cue tokens used in {@code taken}. */
    List<Candidate> find(BitSet taken) {
        List<Candidate> found = new ArrayList<>();
        List<QuotedSpan> outer = w.quotes.stream().filter(q -> q.depth() == 0).toList();
        boolean[] continuation = new boolean[outer.size()];
        for (int qi = 0; qi < outer.size(); qi++) {
            if (continuation[qi]) {
                continue;
            }
            QuotedSpan first = outer.get(qi);
            List<Span> earlier = new ArrayList<>();
            int last = qi;
            while (last + 1 < outer.size() && continuesInNextParagraph(outer.get(last), outer.get(last + 1))) {
                earlier.add(outer.get(last).content());
                last++;
                continuation[last] = true;
            }
            QuotedSpan q = outer.get(last);
            int open = w.tokenAtOrAfter(first.open());
            int close = q.unclosed() ? -1 : w.tokenStartingAt(q.close());
            if (open >= w.size()) {
                continue;
            }
            Candidate c = close >= 0 ? frameAfter(q, close, outer, last, continuation) : null;
            if (c == null) {
                c = frameBefore(first, open);
                if (c != null && !earlier.isEmpty()) {
                    c = withPieces(c, earlier, List.of(q.content()), q.unclosed());
                }
            } else if (!earlier.isEmpty()) {
                c = withPieces(c, earlier, c.content(), c.unclosed());
            }
            if (c == null && earlier.isEmpty()) {
                c = personOfPreviousSentence(q, open);
            }
            if (c == null) {
                continue;
            }
            found.add(c);
            for (Span s : c.content()) {
                markTokens(taken, s);
            }
            if (c.frame() != null) {
                markTokens(taken, c.frame());
            }
        }
        return found;
    }

    /**
     * "Sadiq Khan verurteilte die Haltung der Regierung. „Diese Regierung hat …“": a quote that
     * makes up a whole sentence without a frame, right after a sentence whose subject is a named
     * person in the same paragraph, is that person's. No cue, no frame.
     */
    private Candidate personOfPreviousSentence(QuotedSpan q, int open) {
        if (w.sentenceStart(open) != open || open == 0 || !endsItsSentence(q)
                || w.paragraphStart(w.span(open - 1).start()) != w.paragraphStart(q.open())) {
            return null;
        }
        int previous = w.sentenceStart(open - 1);
        int finite = -1;
        for (int j = previous; j < open; j++) {
            if (w.isQuoteMark(j)) {
                return null;
            }
            if (finite < 0 && w.isFinite(j)) {
                finite = j;
            }
        }
        Phrase speaker = finite < 0 ? null : phrases.subjectOf(finite);
        boolean person = speaker != null && w.entitiesIn(speaker).stream().anyMatch(e -> e.type().equals("PER"));
        return person ? new Candidate(Type.DIRECT, List.of(q.content()), null, null, null, speaker, null, null, q.unclosed(), false)
                : null;
    }

    /**
     * "BKA-Präsident Ziercke: „…“": a person's name and nothing else before the colon introduces
     * their words without a verb.
     */
    private Candidate namedBeforeColon(QuotedSpan q, int open) {
        int start = w.sentenceStart(open);
        Phrase speaker = phrases.nounPhraseAt(start);
        boolean person = speaker != null && w.entitiesIn(speaker).stream().anyMatch(e -> e.type().equals("PER"));
        if (!person || speaker.end() != open - 1) {
            return null;
        }
        return new Candidate(Type.DIRECT, List.of(q.content()), null, null, w.spanOf(speaker), speaker, null, null, q.unclosed(),
                false);
    }

    /**
     * A quote over several paragraphs: German typesetting leaves each paragraph but the last
     * without a closing mark and opens the next one with a new mark.
     */
    private boolean continuesInNextParagraph(QuotedSpan q, QuotedSpan next) {
        if (!q.unclosed() || next.open() < q.content().end()) {
            return false;
        }
        String between = w.text.substring(q.content().end(), next.open());
        return between.isBlank() && between.contains("\n");
    }

    /** The candidate with the pieces of the quote's earlier paragraphs in front of the rest. */
    private static Candidate withPieces(Candidate c, List<Span> earlier, List<Span> rest, boolean unclosed) {
        List<Span> content = new ArrayList<>(earlier);
        content.addAll(rest);
        return new Candidate(c.type(), content, c.cue(), c.cueLemma(), c.frame(), c.speaker(), c.addressee(), c.medium(),
                unclosed, c.pluralVerb());
    }

    private void markTokens(BitSet taken, Span span) {
        for (int t = w.tokenAtOrAfter(span.start()); t < w.size() && w.span(t).start() < span.end(); t++) {
            taken.set(t);
        }
    }

    /**
     * Whether the quote runs to its sentence's or paragraph's end, as an announced quotation does;
     * a title after a colon ("sein erstes Werk: „Le Grand Macabre“ entstand …") does not.
     */
    private boolean endsItsSentence(QuotedSpan q) {
        if (q.unclosed()) {
            return true;
        }
        String words = q.content().of(w.text).strip();
        if (words.endsWith(".") || words.endsWith("!") || words.endsWith("?")) {
            return true;
        }
        int closeToken = w.tokenStartingAt(q.close());
        if (closeToken < 0) {
            // The tokenizer glued the mark to a word: too unusual to trust as a quote's end.
            return false;
        }
        int after = closeToken + 1;
        return after >= w.size() || w.pos(after).equals("$.") || w.sentenceOf(after) != w.sentenceOf(after - 1)
                || w.text.substring(q.close() + 1, w.span(after).start()).contains("\n");
    }

    /**
     * Whether the quoted words form a clause of their own, with a finite verb ("schrieb: „Das sind
     * furchtbare Nachrichten“, weiter …"): then they are a statement, not a title after a colon.
     */
    private boolean statement(QuotedSpan q) {
        int first = w.tokenAtOrAfter(q.content().start());
        int end = w.tokenAtOrAfter(q.content().end());
        for (int j = first; j < end; j++) {
            if (w.isFinite(j)) {
                return true;
            }
        }
        return false;
    }

    /** „…“, sagte X [, „…“] — or „…“, so X. */
    private Candidate frameAfter(QuotedSpan q, int close, List<QuotedSpan> outer, int qi, boolean[] continuation) {
        int k = close + 1;
        int limit = w.sentenceEnd(close);
        String words = q.content().of(w.text).strip();
        if (k == limit && k < w.size() && (words.endsWith("?") || words.endsWith("!"))) {
            // „Gar nicht mehr sicher?“ schrieben die Hacker: the splitter ends the sentence at the question.
            limit = w.sentenceEnd(k);
        }
        if (k < limit && w.isComma(k)) {
            k++;
        }
        if (k >= limit) {
            return null;
        }
        boolean so = w.is(k, "so") && w.pos(k).equals("ADV");
        QuoteLexicon.CueVerb verb = w.isFinite(k) ? lexicon.cueVerb(w.lemma(k)) : null;
        if (verb == null && !so) {
            return null;
        }
        int after = k + 1;
        while (after < limit && w.pos(after).equals("ADV")) {
            after++;
        }
        Phrase speaker = phrases.nounPhraseAt(after);
        if (speaker == null) {
            return null;
        }
        int frameEnd = speaker.end();
        Span addressee = null;
        if (frameEnd < limit && w.is(frameEnd, "gegenüber")) {
            Phrase to = phrases.nounPhraseAt(frameEnd + 1);
            if (to != null) {
                addressee = w.spanOf(to);
                frameEnd = to.end();
            }
        }
        while (frameEnd < limit && w.pos(frameEnd).equals("PTKVZ")) {
            frameEnd++;
        }
        List<Span> content = new ArrayList<>(List.of(q.content()));
        boolean unclosed = false;
        // „A“, sagte X, „B“: the second part continues the same quotation.
        if (frameEnd + 1 < w.size() && w.isComma(frameEnd) && qi + 1 < outer.size()
                && outer.get(qi + 1).open() == w.span(frameEnd + 1).start()) {
            QuotedSpan next = outer.get(qi + 1);
            content.add(next.content());
            unclosed = next.unclosed();
            continuation[qi + 1] = true;
        }
        Span frame = new Span(w.span(k).start(), w.span(frameEnd - 1).end());
        Span cue = w.span(k);
        String lemma = so ? "so" : verb.lemma();
        return new Candidate(Type.DIRECT, content, cue, lemma, frame, speaker, addressee, so ? null : verb.medium(), unclosed,
                so ? false : w.isPlural(k));
    }

    /**
     * X sagte: „…“ — a clause ending in a colon (or a comma) right before the quote. Its reporting
     * verb is the cue; before a colon, failing a known one, the nearest finite full verb ("gab …
     * bekannt:", "brachte … zum Ausdruck:"), since a full quote announced by a colon is speech in
     * any case.
     */
    private Candidate frameBefore(QuotedSpan q, int open) {
        boolean colon = open > 0 && w.is(open - 1, ":");
        boolean comma = open > 0 && w.isComma(open - 1);
        if (!colon && !comma || w.sentenceOf(open - 1) != w.sentenceOf(open) || !endsItsSentence(q) && !(colon && statement(q))) {
            return null;
        }
        int verbAt = -1;
        for (int j = open - 2; j >= w.sentenceStart(open) && verbAt < 0; j--) {
            if (w.isVerb(j) && lexicon.cueVerb(w.lemma(j)) != null) {
                verbAt = j;
            }
        }
        // After a comma only a known reporting verb announces a quote ("bekräftigt auch, „…“");
        // before a colon any full verb, but not "ist" or "wird" ("Das Ziel ist: „…“").
        for (int j = open - 2; colon && j >= w.sentenceStart(open) && verbAt < 0; j--) {
            if (w.pos(j).equals("VVFIN")) {
                verbAt = j;
            }
        }
        if (verbAt < 0) {
            return colon ? namedBeforeColon(q, open) : null;
        }
        QuoteLexicon.CueVerb verb = lexicon.cueVerb(w.lemma(verbAt));
        int finite = phrases.finiteOf(verbAt);
        Phrase speaker = finite < 0 ? null : phrases.subjectOf(finite);
        if (speaker == null) {
            return null;
        }
        int frameStart = Math.min(speaker.first(), finite);
        Span frame = new Span(w.span(frameStart).start(), w.span(open - 2).end());
        return new Candidate(Type.DIRECT, List.of(q.content()), w.span(verbAt), w.lemma(verbAt), frame, speaker, null,
                verb == null ? null : verb.medium(), q.unclosed(), w.isPlural(finite));
    }
}
