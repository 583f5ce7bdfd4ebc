package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Span;
import org.hearsay.core.quotes.QuotedSpan;

/**
 * Attribution by preposition: "Laut ihm …", "nach Angaben des Ministeriums …", "dem Bericht
 * zufolge …", or by "demnach" and "wonach". The rest of the sentence is the statement; when it takes over quoted words
 * ("Laut ihm "besteht noch Zeit", da …") it is mixed, else indirect.
 */
final class AccordingTo {
    private final Words w;
    private final Phrases phrases;
    private final QuoteLexicon lexicon;

    AccordingTo(Words words, Phrases phrases, QuoteLexicon lexicon) {
        this.w = words;
        this.phrases = phrases;
        this.lexicon = lexicon;
    }

    List<Candidate> find(BitSet taken) {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (taken.get(i)) {
                continue;
            }
            Candidate so = trailingSo(i);
            if (so == null) {
                so = afterInformation(i);
            }
            if (so == null) {
                so = demnach(i);
            }
            if (so == null) {
                so = wonach(i);
            }
            if (so != null) {
                found.add(so);
                continue;
            }
            for (QuoteLexicon.AccordingTo phrase : lexicon.accordingTo()) {
                Candidate c = match(i, phrase);
                if (c != null) {
                    found.add(c);
                    break;
                }
            }
        }
        return found;
    }

    private Candidate match(int i, QuoteLexicon.AccordingTo phrase) {
        int limit = w.sentenceEnd(i);
        List<String> words = phrase.words();
        if (i + words.size() > limit) {
            return null;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!w.form(i + k).toLowerCase(Locale.ROOT).equals(words.get(k))) {
                return null;
            }
        }
        // "laut" is also the adjective "loud".
        if (words.get(0).equals("laut") && !w.pos(i).equals("APPR")) {
            return null;
        }
        int cueEnd = i + words.size();
        Phrase speaker = phrase.phraseAfter() ? phrases.nounPhraseAt(cueEnd) : phraseBefore(i);
        if (speaker == null) {
            return null;
        }
        int attributionFirst = Math.min(i, speaker.first());
        int attributionEnd = Math.max(cueEnd, speaker.end());
        return attributed(i, cueEnd, String.join(" ", words), speaker, attributionFirst, attributionEnd);
    }

    /** The sentence around an attribution [first, end) as the statement of the speaker. */
    private Candidate attributed(int cueFirst, int cueEnd, String cueLemma, Phrase speaker, int first, int end) {
        int start = w.sentenceStart(cueFirst);
        int limit = w.sentenceEnd(cueFirst);
        List<Span> content = new ArrayList<>();
        if (first > start) {
            content.add(w.contentSpan(start, first));
        }
        int rest = end;
        while (rest < limit && w.isComma(rest)) {
            rest++;
        }
        if (rest < limit && !w.pos(rest).equals("$.")) {
            content.add(w.contentSpan(rest, limit));
        }
        if (content.isEmpty()) {
            return null;
        }
        Span cue = new Span(w.span(cueFirst).start(), w.span(cueEnd - 1).end());
        Span frame = new Span(w.span(first).start(), w.span(end - 1).end());
        Type type = quotesWords(content) ? Type.MIXED : Type.INDIRECT;
        return new Candidate(type, content, cue, cueLemma, frame, speaker, null, null, false, false);
    }

    /**
     * "nach Angaben der Polizei", "nach dessen Angaben", "nach eigenen Angaben", "nach
     * Medienberichten": "nach" with a noun for given information. The speaker is what follows
     * the noun, a possessive before it, the clause's subject for "eigenen", else the phrase itself.
     */
    private Candidate afterInformation(int i) {
        if (!w.is(i, "nach") || !w.pos(i).equals("APPR")) {
            return null;
        }
        Phrase phrase = phrases.nounPhraseAt(i + 1);
        int head = i + 1;
        while (phrase != null && head < phrase.end() && !w.isNoun(head)) {
            head++;
        }
        if (phrase == null || head >= phrase.end() || !lexicon.isInformationNoun(w.lemma(head))
                && !(w.pos(head).equals("NE") && head + 1 < phrase.end() && lexicon.isInformationNoun(w.lemma(head + 1)))) {
            return null;
        }
        int coreEnd = head + 1;
        while (coreEnd < phrase.end() && w.isNoun(coreEnd)) {
            coreEnd++;
        }
        // "nach Grupps Meinung": a name in the genitive before the noun of information names the speaker.
        int named = head;
        while (head + 1 < coreEnd && w.pos(head).equals("NE") && lexicon.isInformationNoun(w.lemma(coreEnd - 1))) {
            head++;
        }
        Phrase speaker = phrase;
        if (named < head) {
            speaker = new Phrase(named, head);
        } else if (coreEnd < phrase.end()) {
            int from = w.is(coreEnd, "von") ? coreEnd + 1 : coreEnd;
            speaker = from < phrase.end() ? new Phrase(from, phrase.end()) : phrase;
        } else {
            for (int j = i + 1; j < head; j++) {
                if (w.is(j, "eigenen") || w.is(j, "eigener")) {
                    speaker = clauseSubject(i);
                    break;
                }
                if (w.pos(j).equals("PPOSAT") || w.pos(j).equals("PRELAT") || w.pos(j).equals("PDS")) {
                    speaker = new Phrase(j, j + 1);
                    break;
                }
            }
        }
        if (speaker == null) {
            return null;
        }
        return attributed(i, head + 1, "nach " + w.lemma(head), speaker, i, phrase.end());
    }

    /**
     * "Demnach ist der Angeklagte unschuldig.": the adverb hands the sentence to the report or
     * decision just mentioned, which the sentence itself does not name, so the speaker stays open.
     */
    private Candidate demnach(int i) {
        if (!w.is(i, "demnach") || w.sentenceEnd(i) - w.sentenceStart(i) < 4) {
            return null;
        }
        return attributed(i, i + 1, "demnach", null, i, i + 1);
    }

    /**
     * "Berichte, wonach der Minister zurücktreten wolle, …": the clause after "wonach" is what the
     * noun phrase before the comma says.
     */
    private Candidate wonach(int i) {
        int limit = w.sentenceEnd(i);
        if (!w.is(i, "wonach") || !w.isComma(i - 1) || i + 2 >= limit) {
            return null;
        }
        Phrase speaker = null;
        for (int first = phrases.clauseStart(i - 1); first < i - 1 && speaker == null; first++) {
            Phrase p = phrases.nounPhraseAt(first);
            speaker = p != null && p.end() == i - 1 ? p : null;
        }
        // The clause is verb-final: it ends with its finite verb.
        int end = i + 1;
        while (end < limit && !w.isBoundary(end) && !w.isFinite(end)) {
            end++;
        }
        end = end < limit && w.isFinite(end) ? end + 1 : end;
        if (speaker == null || end - i < 3) {
            return null;
        }
        Span frame = new Span(w.span(speaker.first()).start(), w.span(i).end());
        Span content = w.contentSpan(i + 1, end);
        return new Candidate(quotesWords(List.of(content)) ? Type.MIXED : Type.INDIRECT, List.of(content), w.span(i), "wonach",
                frame, speaker, null, null, false, false);
    }

    /** The subject of the main clause holding token i ("Die Feuerwehr hat nach eigenen Angaben …"). */
    private Phrase clauseSubject(int i) {
        for (int j = w.sentenceStart(i); j < w.sentenceEnd(i); j++) {
            if (w.isFinite(j)) {
                return phrases.subjectOf(j);
            }
        }
        return null;
    }

    /** "…, so die Studie.": the sentence before the comma is the source's, and so is the rest after "…, so X weiter, …". */
    private Candidate trailingSo(int i) {
        int limit = w.sentenceEnd(i);
        int start = w.sentenceStart(i);
        if (!w.is(i, "so") || !w.pos(i).equals("ADV") || i - 2 < start || !w.isComma(i - 1) || w.isQuoteMark(i - 2)) {
            return null;
        }
        Phrase speaker = phrases.nounPhraseAt(i + 1);
        if (speaker == null) {
            return null;
        }
        int after = speaker.end();
        while (after < limit && w.pos(after).equals("ADV")) {
            after++;
        }
        // "…, so die Studie." closes the sentence; "A, so Obama weiter, sei B" stands inside it.
        boolean closes = after >= limit || w.pos(after).equals("$.");
        boolean inside = after + 1 < limit && w.isComma(after) && !w.pos(after + 1).equals("$.");
        if (!closes && !inside) {
            return null;
        }
        Span frame = new Span(w.span(i).start(), w.span(after - 1).end());
        List<Span> content = closes ? List.of(w.contentSpan(start, i - 1))
                : List.of(w.contentSpan(start, i - 1), w.contentSpan(after + 1, limit));
        Type type = quotesWords(content) ? Type.MIXED : Type.INDIRECT;
        return new Candidate(type, content, w.span(i), "so", frame, speaker, null, null, false, false);
    }

    /** The noun phrase right before "zufolge": back over nouns, adjectives and determiners. */
    private Phrase phraseBefore(int i) {
        int start = w.sentenceStart(i);
        int j = i;
        while (j > start && (w.isNoun(j - 1) || w.isPronoun(j - 1) || w.pos(j - 1).equals("ART") || w.pos(j - 1).equals("ADJA")
                || w.pos(j - 1).equals("PPOSAT"))) {
            j--;
        }
        return j == i ? null : new Phrase(j, i);
    }

    private boolean quotesWords(List<Span> content) {
        for (QuotedSpan q : w.quotes) {
            for (Span s : content) {
                if (s.contains(q.content())) {
                    return true;
                }
            }
        }
        return false;
    }
}
