package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Span;
import org.hearsay.core.quotes.QuotedSpan;

/**
 * Quotations carried by a reporting verb outside quote marks: a dass/ob-clause or a clause in
 * Konjunktiv ("Er erklärte, eine Gegenoffensive sei notwendig") is indirect; "versprach, … zu
 * beenden" and "bezeichnete X als "gut"" are reported; "X …, berichtet das Portal W." puts the
 * preceding sentences of its paragraph in W's mouth, or in the mouth of the sources W cites
 * ("…, berichtet das Portal W unter Berufung auf zwei Insider": theirs, relayed by W).
 */
final class ReportingClauses {
    private static final Set<String> COMPLEMENTIZERS = Set.of("dass", "daß", "ob");

    private final Words w;
    private final Phrases phrases;
    private final QuoteLexicon lexicon;
    private final CitedSources citations;

    ReportingClauses(Words words, Phrases phrases, QuoteLexicon lexicon) {
        this.w = words;
        this.phrases = phrases;
        this.lexicon = lexicon;
        this.citations = new CitedSources(words, lexicon);
    }

    List<Candidate> find(BitSet taken) {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (taken.get(i) || !w.pos(i).equals("VVFIN") && !w.pos(i).equals("VVPP")) {
                continue;
            }
            QuoteLexicon.CueVerb verb = lexicon.cueVerb(w.lemma(i));
            if (verb == null) {
                continue;
            }
            int finite = finiteOf(w, phrases, i);
            if (finite < 0) {
                continue;
            }
            Candidate c = candidate(i, finite, verb);
            if (c != null) {
                found.add(c);
            }
        }
        return found;
    }

    /**
     * The finite verb of verb {@code i}'s clause, or -1. A participle right after a comma and before
     * an article or a name is the finite verb of an inverted reporting clause the tagger misread
     * ("…, berichtet das Portal": "berichtet" looks like "hat berichtet").
     */
    static int finiteOf(Words w, Phrases phrases, int i) {
        int finite = phrases.finiteOf(i);
        boolean inverted = finite < 0 && w.pos(i).equals("VVPP") && i > 0 && w.isComma(i - 1) && i + 1 < w.size()
                && (w.pos(i + 1).equals("ART") || w.pos(i + 1).equals("NE"));
        return inverted ? i : finite;
    }

    private Candidate candidate(int cue, int finite, QuoteLexicon.CueVerb verb) {
        int limit = w.sentenceEnd(cue);
        Candidate wie = asWieClause(cue, finite, verb, limit);
        if (wie != null) {
            return wie;
        }
        Phrase subject = phrases.subjectOf(finite);
        if (subject == null) {
            return null;
        }
        if (parenthetical(verb) && trailing(cue, finite, subject, limit)) {
            // An outlet's report ("…, berichtet das Portal") covers its paragraph; "…, sagte X" only its sentence.
            int from = w.afterDateline(coversParagraph(verb) ? trailingStart(cue) : w.sentenceStart(cue));
            List<Span> content = List.of(w.contentSpan(from, cue - 1));
            CitedSources.Citation citation = citationAfter(subject, limit);
            // The frame then reaches from the verb over its subject to the cited sources.
            return candidate(Type.INDIRECT, content, cue, finite, citation == null ? subject : citation.cited(), verb);
        }
        Candidate previous = demonstrativeObject(cue, finite, subject, verb, limit);
        if (previous != null) {
            return previous;
        }
        int particleEnd = cue + 1;
        while (particleEnd < limit && w.pos(particleEnd).equals("PTKVZ")) {
            particleEnd++;
        }
        if (verb.takesAls()) {
            Candidate als = asReported(cue, finite, subject, verb, limit);
            if (als != null) {
                return als;
            }
        }
        // After an inverted subject with an apposition ("gab der Leiter, Andreas Huber, bekannt, dass").
        int comma = nextComma(Math.max(cue, subject.first() > cue ? subject.end() - 1 : cue), limit);
        Candidate clause = comma < 0 || comma + 1 >= limit ? null : clauseAfterComma(cue, finite, subject, verb, comma + 1, limit);
        return clause != null ? clause : reportedMatter(cue, finite, subject, verb, limit);
    }

    private static boolean coversParagraph(QuoteLexicon.CueVerb verb) {
        return verb.medium() != Quotation.Medium.SPEECH && verb.medium() != Quotation.Medium.THOUGHT;
    }

    /**
     * "Das teilte das Unternehmen mit." and "…, das bestätigte der Sprecher.": a lone "das" or
     * "dies" before the verb stands for the statement just made, the previous sentence of the
     * paragraph or the words before the comma. Only when nothing else follows the reporting clause.
     */
    private Candidate demonstrativeObject(int cue, int finite, Phrase subject, QuoteLexicon.CueVerb verb, int limit) {
        int object = finite - 1;
        if (object < 0 || !w.pos(object).equals("PDS") || phrases.clauseStart(finite) != object || subject.first() < finite) {
            return null;
        }
        int end = phrases.afterAdverbials(Math.max(subject.end(), cue + 1), limit);
        if (end + 1 < limit && w.isComma(end) && subject.end() == end) {
            // "Dies teilte die Sprecherin, Anna Berger, mit.": the comma closing the speaker's name.
            end = phrases.afterAdverbials(end + 1, limit);
        }
        if (end < limit && !w.pos(end).equals("$.")) {
            return null;
        }
        int sentenceStart = w.sentenceStart(cue);
        if (object > sentenceStart + 1 && w.isComma(object - 1)) {
            return candidate(Type.INDIRECT, List.of(w.contentSpan(sentenceStart, object - 1)), cue, finite, subject, verb);
        }
        if (object != sentenceStart || sentenceStart == 0
                || w.paragraphStart(w.span(sentenceStart - 1).start()) != w.paragraphStart(w.span(object).start())) {
            return null;
        }
        int previous = w.afterDateline(w.sentenceStart(sentenceStart - 1));
        return candidate(Type.INDIRECT, List.of(w.contentSpan(previous, sentenceStart)), cue, finite, subject, verb);
    }

    /** ", dass …", ", ob …", ", … zu tun", ", die Lage sei …" after the reporting clause. */
    private Candidate clauseAfterComma(int cue, int finite, Phrase subject, QuoteLexicon.CueVerb verb, int start, int limit) {
        if (verb.takesAls() && !verb.takesObject()) {
            return null;
        }
        if (COMPLEMENTIZERS.contains(w.form(start).toLowerCase(java.util.Locale.ROOT)) || w.pos(start).equals("PWS")
                || w.pos(start).equals("PWAV")) {
            return candidate(Type.INDIRECT, List.of(w.contentSpan(start, limit)), cue, finite, subject, verb);
        }
        int infinitive = verb.takesInfinitive() ? zuInfinitive(start, limit) : -1;
        if (infinitive >= 0) {
            return candidate(Type.REPORTED, List.of(w.contentSpan(start, infinitive + 1)), cue, finite, subject, verb);
        }
        int clauseVerb = firstFinite(start, limit);
        // "hatte berichtet, 200 Mitarbeiter sollen entlassen werden": "sollen" reports like Konjunktiv.
        if (clauseVerb >= 0 && (w.isSubjunctive(clauseVerb) || w.lemma(clauseVerb).equals("sollen"))) {
            return candidate(Type.INDIRECT, List.of(w.contentSpan(start, limit)), cue, finite, subject, verb);
        }
        return null;
    }

    /**
     * What a verb reports inside its own clause: "sprach von einem Erfolg", "verwies auf die
     * Wetterlage", "forderte den Rücktritt des Ministers". Reported speech, up to the clause end.
     */
    private Candidate reportedMatter(int cue, int finite, Phrase subject, QuoteLexicon.CueVerb verb, int limit) {
        if (verb.prepositions().isEmpty() && !verb.takesObject()) {
            return null;
        }
        int start = subject.first() > cue ? subject.end() : cue + 1;
        int end = clauseEnd(start, limit);
        if (cue > finite) {
            // "hatte über Unfälle berichtet": the matter stands between auxiliary and participle.
            start = subject.first() > finite && subject.end() <= cue ? subject.end() : finite + 1;
            end = cue;
        }
        while (end > start && (w.pos(end - 1).equals("PTKVZ") || w.isQuoteMark(end - 1) && !closesQuoteIn(end - 1, start))) {
            end--;
        }
        for (int j = start; j < end; j++) {
            if (w.pos(j).equals("APPR") && verb.prepositions().contains(w.form(j).toLowerCase(java.util.Locale.ROOT))) {
                return j + 1 < end ? candidate(Type.REPORTED, List.of(w.contentSpan(j, end)), cue, finite, subject, verb) : null;
            }
        }
        while (start < end && (w.pos(start).equals("ADV") || w.pos(start).equals("PTKNEG"))) {
            start++;
        }
        if (!verb.takesObject() || start >= end || !w.pos(start).matches("ART|PIAT|PPOSAT|PDAT|ADJA|NN|NE|CARD|PDS")) {
            return null;
        }
        for (int j = start; j < end; j++) {
            if (w.isNoun(j)) {
                return candidate(Type.REPORTED, List.of(w.contentSpan(start, end)), cue, finite, subject, verb);
            }
        }
        return null;
    }

    /** Whether the mark at i closes a quote opened at or after {@code from}. */
    private boolean closesQuoteIn(int i, int from) {
        for (QuotedSpan q : w.quotes) {
            if (q.close() == w.span(i).start() && q.open() >= w.span(from).start()) {
                return true;
            }
        }
        return false;
    }

    /** The end of a main clause: a comma, boundary, or "und" before a new verb. */
    private int clauseEnd(int from, int limit) {
        for (int j = from; j < limit; j++) {
            if (w.isComma(j) || w.isBoundary(j) || w.isCoordinator(j) && j + 1 < limit && w.isFinite(j + 1)) {
                return j;
            }
        }
        return limit;
    }

    private Candidate candidate(Type type, List<Span> content, int cue, int finite, Phrase subject, QuoteLexicon.CueVerb verb) {
        int frameFirst = Math.min(subject.first(), finite);
        int frameLast = Math.max(subject.end() - 1, cue);
        while (frameLast + 1 < w.sentenceEnd(cue) && w.pos(frameLast + 1).equals("PTKVZ")) {
            frameLast++;
        }
        if (subject.end() <= finite && subject.end() < phrases.clauseStart(finite)) {
            // Subject inherited over "und": the frame is the verb alone.
            frameFirst = finite;
        }
        Span frame = new Span(w.span(frameFirst).start(), w.span(frameLast).end());
        return new Candidate(type, content, w.span(cue), verb.lemma(), frame, subject, addressee(cue), verb.medium(), false,
                w.isPlural(finite));
    }

    /** "sagte gegenüber der Presse": whom the words were addressed to, within the reporting clause. */
    private Span addressee(int cue) {
        for (int j = cue + 1; j < w.sentenceEnd(cue) && !w.isComma(j) && !w.isBoundary(j); j++) {
            if (w.is(j, "gegenüber") && w.pos(j).equals("APPR")) {
                Phrase to = phrases.nounPhraseAt(j + 1);
                return to == null ? null : w.spanOf(to);
            }
        }
        return null;
    }

    /**
     * "Wie die WHO sagte, ist …" and "…, wie die Zeitung berichtete.": the rest of the sentence
     * is the statement.
     */
    private Candidate asWieClause(int cue, int finite, QuoteLexicon.CueVerb verb, int limit) {
        int start = phrases.clauseStart(cue);
        boolean verbFinal = cue + 1 < limit && (w.isComma(cue + 1) || w.pos(cue + 1).equals("$."));
        if (cue != finite || !w.is(start, "wie") || !verbFinal) {
            return null;
        }
        int first = start + 1;
        while (first < cue && w.pos(first).equals("ADV")) {
            first++;
        }
        Phrase speaker = phrases.nounPhraseAt(first);
        if (speaker == null || speaker.end() > cue) {
            return null;
        }
        Span content;
        if (start == w.sentenceStart(cue) && w.isComma(cue + 1) && cue + 2 < limit) {
            content = w.contentSpan(cue + 2, limit);
        } else if (start > w.sentenceStart(cue) + 1 && w.isComma(start - 1)) {
            content = w.contentSpan(w.sentenceStart(cue), start - 1);
        } else {
            return null;
        }
        Span frame = new Span(w.span(start).start(), w.span(cue).end());
        return new Candidate(Type.INDIRECT, List.of(content), w.span(cue), verb.lemma(), frame, speaker, null, verb.medium(),
                false, w.isPlural(finite));
    }

    /** "…, berichtet das Portal W [unter Berufung auf …].": the verb and its subject close the sentence. */
    private boolean trailing(int cue, int finite, Phrase subject, int limit) {
        if (cue != finite || cue - 2 < w.sentenceStart(cue) || !w.isComma(cue - 1) || w.isQuoteMark(cue - 2)) {
            return false;
        }
        int after = phrases.afterAdverbials(subject.end(), limit);
        CitedSources.Citation citation = citationAfter(subject, limit);
        if (citation != null) {
            after = phrases.afterAdverbials(citation.cited().end(), limit);
        }
        return subject.first() > cue && (after >= limit || w.pos(after).equals("$.") || apposition(after, limit));
    }

    /** "unter Berufung auf …" among the adverbials after a trailing subject (which would take it for one), or null. */
    private CitedSources.Citation citationAfter(Phrase subject, int limit) {
        int after = phrases.afterAdverbials(subject.end(), limit);
        for (int j = subject.end(); j <= after && j < limit; j++) {
            CitedSources.Citation citation = citations.at(j);
            if (citation != null) {
                return citation;
            }
        }
        return null;
    }

    /**
     * Verbs that can follow their statement as "…, sagte X." Those with their own complements
     * ("droht eine Rezession", "forderte X") mean something else there.
     */
    private static boolean parenthetical(QuoteLexicon.CueVerb verb) {
        return !verb.takesInfinitive() && !verb.takesObject() && !verb.takesAls() && verb.prepositions().isEmpty()
                || verb.lemma().equals("berichten");
    }

    /** ", Sprecher der Feuerwehr." after a trailing speaker: a comma and words without a verb to the end. */
    private boolean apposition(int from, int limit) {
        if (!w.isComma(from)) {
            return false;
        }
        for (int j = from + 1; j < limit; j++) {
            if (w.isVerb(j) || w.isQuoteMark(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the statement of a trailing "…, berichtet X" begins: its own sentence, extended back
     * over earlier sentences of the paragraph that carry no attribution of their own.
     */
    private int trailingStart(int cue) {
        int start = w.sentenceStart(cue);
        int paragraph = w.paragraphStart(w.span(cue).start());
        while (start > 0) {
            int previous = w.sentenceStart(start - 1);
            if (w.span(previous).start() < paragraph || attributes(previous, start)) {
                break;
            }
            start = previous;
        }
        return start;
    }

    private boolean attributes(int from, int to) {
        for (int j = from; j < to; j++) {
            if (w.isQuoteMark(j) || w.isVerb(j) && lexicon.cueVerb(w.lemma(j)) != null || w.pos(j).equals("APPR") && w.is(j, "laut")) {
                return true;
            }
        }
        return false;
    }

    /** "bezeichnete den Präsidenten als "mutigen Mann"": object and predicate up to the quote's end. */
    private Candidate asReported(int cue, int finite, Phrase subject, QuoteLexicon.CueVerb verb, int limit) {
        int als = -1;
        for (int j = cue + 1; j < limit && !w.isComma(j) && !w.pos(j).equals("$."); j++) {
            if (w.is(j, "als")) {
                als = j;
                break;
            }
        }
        int start = cue + 1;
        if (subject.first() > cue) {
            start = subject.end();
        }
        if (als < 0) {
            return quotedPredicate(cue, finite, subject, verb, start, limit);
        }
        while (start < als && (w.pos(start).equals("ADV") || w.pos(start).equals("PTKVZ"))) {
            start++;
        }
        int end = predicateEnd(als + 1, limit);
        if (start >= als || end <= als + 1) {
            return null;
        }
        return candidate(Type.REPORTED, List.of(new Span(w.span(start).start(), w.span(end - 1).end())), cue, finite,
                subject, verb);
    }

    /**
     * "nannte das Paket „ein teures Wahlgeschenk“" without "als": an object, then a quote up to
     * its closing mark.
     */
    private Candidate quotedPredicate(int cue, int finite, Phrase subject, QuoteLexicon.CueVerb verb, int start, int limit) {
        for (int j = start + 1; j < limit && !w.isComma(j) && !w.isBoundary(j); j++) {
            if (w.isQuoteMark(j)) {
                int end = predicateEnd(j, limit);
                return end > j + 1 && w.isQuoteMark(end - 1)
                        ? candidate(Type.REPORTED, List.of(new Span(w.span(start).start(), w.span(end - 1).end())), cue, finite,
                        subject, verb)
                        : null;
            }
        }
        return null;
    }

    /** The end of "als …": the closing mark of a quote right after "als", else the noun phrase. */
    private int predicateEnd(int i, int limit) {
        if (i >= limit) {
            return i;
        }
        if (w.isQuoteMark(i)) {
            for (QuotedSpan q : w.quotes) {
                int close = q.unclosed() ? -1 : w.tokenStartingAt(q.close());
                if (q.open() == w.span(i).start() && close > i) {
                    return close + 1;
                }
            }
        }
        int j = i;
        while (j < limit && !w.isComma(j) && !w.pos(j).equals("$.") && !w.isCoordinator(j)) {
            j++;
        }
        return j;
    }

    private int nextComma(int from, int limit) {
        for (int j = from + 1; j < limit; j++) {
            if (w.isComma(j)) {
                return j;
            }
            if (w.isBoundary(j)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The infinitive of a "zu"-clause before any finite verb ("den Krieg … zu beenden"), or -1;
     * "um … zu" and "ohne … zu" give a purpose, not what was said.
     */
    private int zuInfinitive(int from, int limit) {
        if (w.pos(from).equals("KOUI")) {
            return -1;
        }
        for (int j = from; j < limit; j++) {
            if (w.pos(j).equals("VVIZU") || w.pos(j).equals("PTKZU") && j + 1 < limit && w.isVerb(j + 1)) {
                return w.pos(j).equals("VVIZU") ? j : j + 1;
            }
            // "prüfen zu lassen": the tagger reads an infinitive before "zu" as a finite verb.
            boolean misreadInfinitive = w.isFinite(j) && j + 1 < limit && w.pos(j + 1).equals("PTKZU");
            if (w.isFinite(j) && !misreadInfinitive || w.isComma(j) || w.isBoundary(j)) {
                return -1;
            }
        }
        return -1;
    }

    private int firstFinite(int from, int limit) {
        for (int j = from; j < limit; j++) {
            if (w.isFinite(j)) {
                return j;
            }
            if (w.isBoundary(j)) {
                return -1;
            }
        }
        return -1;
    }
}
