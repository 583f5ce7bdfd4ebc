package org.hearsay.lang.en.quotes;

import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Span;
import org.hearsay.lang.en.quotes.EnglishWords.Phrase;

/**
 * Attributions around a verb of saying, thinking or wanting, wherever it stands in its clause:
 * "X said (that) …", "X has long argued …", "X told Y …", "X promised to …", "…, X said.",
 * "…, said X." and "…, officials said, …"; who speaks is found by {@link ReportSpeakers}. What is
 * reported runs from the word after the verb (its addressee, particle and time phrase skipped) to
 * the end of the clause: the sentence end, or where a coordinated report or a participle of its own
 * begins ("…, and 40 percent said …", "…, adding …").
 */
final class ReportingVerbs {
    /** Verbs whose object is the addressee, not what was said: "told reporters (that) …". */
    private static final Set<String> ADDRESSING = Set.of("tell", "ask", "urge", "remind", "assure", "inform", "warn",
            "encourage", "thank");
    /** Prepositions that may open what is reported: "said that …", "asked whether …", "spoke about …". */
    private static final Set<String> OPENERS = Set.of("that", "if", "whether", "about", "because", "as", "of", "for", "on",
            "against", "with");
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "but", "and", "though", "although");
    /** Phrases between a trailing "X said" and the sentence end: "in a statement", "on Twitter". */
    private static final Set<String> FRAME_PREPOSITIONS = Set.of("in", "on", "at", "during", "to", "via", "through", "after",
            "before", "while", "from");

    private final EnglishWords w;
    private final EnglishQuoteLexicon lexicon;
    private final ReportSpeakers speakers;

    ReportingVerbs(EnglishWords words, EnglishQuoteLexicon lexicon) {
        this.w = words;
        this.lexicon = lexicon;
        this.speakers = new ReportSpeakers(words, lexicon);
    }

    /** Who speaks through the verb, found before it, or null (see {@link ReportSpeakers}). */
    Phrase speakerBefore(int verb) {
        return speakers.speakerBefore(verb);
    }

    /** The attribution whose cue is the verb at {@code verb}, or null. */
    Attribution at(int verb) {
        EnglishQuoteLexicon.CueVerb cue = w.pos(verb).startsWith("VB") ? lexicon.cueVerb(w.lemma(verb)) : null;
        if (cue == null || w.isQuoteMark(verb)) {
            return null;
        }
        int cueFirst = speakers.auxiliariesBefore(verb);
        if (cue.takesInfinitive() && cueFirst < verb && w.lower(cueFirst).equals("had")) {
            return null; // "had pledged to …" recalls an earlier commitment: the article's own statement
        }
        if (cueFirst == verb && !w.isFiniteVerb(verb) && !speakers.participle(verb) && !speakers.mistaggedPresent(verb)) {
            return null; // "to say", "was asked", "the expected result"
        }
        int start = w.sentenceStart(verb);
        int limit = w.sentenceEnd(verb);
        int before = speakers.beforeTimePhrase(cueFirst - 1, start);
        while (before >= start && w.pos(before).equals("RB")) {
            before--;
        }
        Phrase speaker = speakers.speakerBefore(verb, before);
        boolean inverted = false;
        if (speaker == null && before > start && (w.isComma(before) || w.isQuoteMark(before)) && w.isFiniteVerb(verb)) {
            speaker = invertedSpeaker(verb + 1, limit);
            inverted = speaker != null;
        }
        if (speaker == null) {
            return null;
        }
        int after = afterFrame(inverted ? speaker.end() : verb + 1, limit);
        Phrase listener = ADDRESSING.contains(cue.lemma()) ? w.nounPhraseAt(after) : null;
        if (listener != null) {
            after = afterFrame(listener.end(), limit); // "…, X told reporters on Monday."
        }
        int frameFirst = inverted ? verb : speaker.first();
        // "…, the minister said (in a statement)." and "…, the paper reported, citing …" — the statement precedes;
        // "…, officials said, and …" — it goes on after the frame as well.
        boolean closes = w.isEnd(after) || w.form(after).equals(";")
                || w.isComma(after) && after + 1 < limit && (w.isEnd(after + 1) || w.pos(after + 1).equals("VBG"));
        boolean parenthetical = !closes && w.isComma(after) && after + 2 < limit;
        int comma = frameFirst - 1;
        boolean afterComma = comma > start && (w.isComma(comma) || w.isQuoteMark(comma) && w.isComma(comma - 1));
        if (closes && !afterComma) {
            return null;
        }
        if (closes || parenthetical && afterComma) {
            int end = w.isQuoteMark(comma) ? comma - 1 : comma;
            if (end <= start || w.isQuoteMark(end - 1) || !clausal(start, end, cue)) {
                return null;
            }
            List<Span> content = closes ? List.of(w.contentSpan(start, end))
                    : List.of(w.contentSpan(start, end), w.contentSpan(after + 1, limit));
            return attribution(Type.INDIRECT, content, cueFirst, verb, cue, speaker, null);
        }
        int from = inverted ? speaker.end() : verb + 1;
        // "he continued: …" goes on speaking; "continues to grow" and "continued gaining" do not.
        boolean goesOn = from < limit && (w.isComma(from) || w.form(from).equals(":") || w.isQuoteMark(from));
        if (cue.lemma().equals("continue") && !goesOn) {
            return null;
        }
        from = afterTimePhrase(from, limit);
        int cueEnd = verb;
        boolean preposition = from < limit && (w.pos(from).equals("IN") || w.pos(from).equals("TO"));
        boolean joinsCue = cue.takesPreposition() && preposition && !w.lower(from).equals("that");
        if (from < limit && (w.pos(from).equals("RP") || joinsCue)) {
            cueEnd = from++; // "pointed out", "referred to"
        }
        Span addressee = null;
        if (ADDRESSING.contains(cue.lemma()) && from < limit) {
            Phrase told = w.nounPhraseAt(from);
            if (told != null && told.end() < limit && !w.isEnd(told.end())) {
                told = w.untilNextDeterminer(told);
                addressee = w.spanOf(told);
                from = afterTimePhrase(told.end(), limit);
                int that = thatAhead(from - 1, limit); // "told a crowd at a hotel in Baltimore that …"
                from = that > 0 ? that : from;
            }
        }
        while (from < limit && (w.isComma(from) || w.form(from).equals(":"))) {
            from++;
        }
        boolean infinitive = cue.takesInfinitive() && from < limit && w.pos(from).equals("TO");
        boolean opensWithPreposition = from < limit && (w.pos(from).equals("IN") || w.pos(from).equals("TO"));
        if (!infinitive && opensWithPreposition && !OPENERS.contains(w.lower(from))) {
            // "said during the debate that …"; "added to his lead" and "reminds of" report nothing.
            from = thatAhead(from, limit);
            if (from < 0) {
                return null;
            }
        }
        int end = clauseEnd(from, limit, speakers.relative(speaker) || infinitive);
        if (from >= end || !clausal(from, end, cue)) {
            return null;
        }
        Type type = infinitive ? Type.REPORTED : Type.INDIRECT;
        return attribution(type, w.contentSpan(from, end), cueFirst, cueEnd, cue, speaker, addressee);
    }

    /** The "that" opening the reported clause after a phrase ("during the debate that …"), or -1. */
    private int thatAhead(int from, int limit) {
        for (int j = from + 1; j < limit && j < from + 12; j++) {
            if (w.lower(j).equals("that") && w.pos(j).equals("IN")) {
                return j;
            }
            if (w.isFiniteVerb(j) || w.isComma(j) || w.isQuoteMark(j)) {
                return -1;
            }
        }
        return -1;
    }










    /**
     * "…, said the minister." — the phrase after the verb when nothing but a frame follows it, with
     * an apposition: "…, said Ann Roe, the party's treasurer."
     */
    private Phrase invertedSpeaker(int i, int limit) {
        Phrase speaker = w.nounPhraseAt(i);
        if (speaker == null) {
            return null;
        }
        int after = afterFrame(speaker.end(), limit);
        Phrase apposition = w.isComma(after) ? w.nounPhraseAt(after + 1) : null;
        if (apposition != null && w.isEnd(afterFrame(apposition.end(), limit))) {
            return new Phrase(speaker.first(), apposition.end());
        }
        return w.isEnd(after) || w.isComma(after) || w.isQuoteMark(after) ? speaker : null;
    }


    /** The token after a trailing frame's time phrase and prepositional phrase ("said in a statement on Monday"). */
    private int afterFrame(int i, int limit) {
        int k = afterTimePhrase(i, limit);
        for (int round = 0; round < 3 && k < limit && FRAME_PREPOSITIONS.contains(w.lower(k)); round++) {
            Phrase object = w.nounPhraseAt(k + 1);
            if (object == null) {
                break;
            }
            k = afterTimePhrase(object.end(), limit);
        }
        return k;
    }

    /**
     * Whether tokens [from, end) say something: a verb in them, words in quotation marks, or the
     * object of a verb of praise, blame or naming. "The opposition rejects the plan" is the
     * article's own statement about an act, not a report of what the opposition says, and stays
     * one claim.
     */
    private boolean clausal(int from, int end, EnglishQuoteLexicon.CueVerb cue) {
        if (lexicon.reportsObject(cue.lemma())) {
            return true;
        }
        for (int j = from; j < end; j++) {
            if (w.pos(j).startsWith("VB") || w.pos(j).equals("MD") || w.isQuoteMark(j)) {
                return true;
            }
        }
        return false;
    }


    /**
     * Where the reported clause ends: the sentence end, a coordinated clause or participle of its
     * own, or with {@code atComma} the first comma (a relative clause, "who said …, said …").
     */
    private int clauseEnd(int from, int limit, boolean atComma) {
        boolean quoted = false;
        for (int j = from; j < limit; j++) {
            if (w.isQuoteMark(j)) {
                quoted = !quoted;
            }
            if (quoted) {
                continue;
            }
            if (w.form(j).equals(";") || atComma && w.isComma(j) && j > from) {
                return j;
            }
            // "promised to reopen the line and the board agreed": the promise ends where a new clause starts.
            if (atComma && w.pos(j).equals("CC") && j > from && opensClause(j + 1)) {
                return j;
            }
            // "…, while 9 percent found …"
            if (w.isComma(j) && j + 2 < limit && CONTRASTS.contains(w.lower(j + 1)) && startsReport(j + 2, true)) {
                return j;
            }
            // "… and said …", "…, and 40 percent said …", "…, adding …": the next attribution begins.
            if (w.pos(j).equals("CC") && j > from && startsReport(j + 1, w.isComma(j - 1))) {
                return w.isComma(j - 1) ? j - 1 : j;
            }
            if (w.isComma(j) && j + 1 < limit && w.pos(j + 1).equals("VBG") && lexicon.cueVerb(w.lemma(j + 1)) != null) {
                return j;
            }
            if (w.isComma(j) && j > from && startsReport(j + 1, true)) {
                return j; // "… only if lawmakers agree on it, she added": the frame is another report's
            }
        }
        return limit;
    }

    /** Whether a clause starts at i: a finite verb, or a subject with one ("small and medium-sized firms" goes on). */
    private boolean opensClause(int i) {
        if (i >= w.size() || w.isFiniteVerb(i)) {
            return true;
        }
        Phrase subject = w.nounPhraseAt(i);
        return subject != null && subject.end() < w.size() && w.isFiniteVerb(subject.end());
    }

    /**
     * Whether a clause of reporting begins at i: a cue verb, or after a comma a subject and a cue
     * verb ("said A and B wrote C" reports both).
     */
    private boolean startsReport(int i, boolean afterComma) {
        if (i >= w.size()) {
            return false;
        }
        if (w.isFiniteVerb(i)) {
            return lexicon.cueVerb(w.lemma(i)) != null;
        }
        if (!afterComma) {
            return false;
        }
        Phrase subject = w.nounPhraseAt(i);
        int verb = subject == null ? -1 : subject.end();
        while (verb > 0 && verb < w.size() - 1
                && (speakers.auxiliary(verb) || w.pos(verb).equals("RB") || speakers.contractedIs(verb, verb + 1))) {
            verb++; // "but Cook did not say", "but he’s not predicting"
        }
        return verb > 0 && verb < w.size() && w.pos(verb).startsWith("VB") && lexicon.cueVerb(w.lemma(verb)) != null;
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
        boolean opened = k > i;
        boolean timeWord = false;
        int words = 0;
        while (k < limit && (lexicon.isTimeWord(w.lower(k)) || w.pos(k).equals("CD"))) {
            timeWord |= lexicon.isTimeWord(w.lower(k));
            k++;
            words++;
        }
        // A number alone is no time: "said one candidate …".
        return words > 0 && (opened || timeWord) ? k : i;
    }

    private Attribution attribution(Type type, Span content, int cueFirst, int verb, EnglishQuoteLexicon.CueVerb cue,
                                    Phrase speaker, Span addressee) {
        return attribution(type, List.of(content), cueFirst, verb, cue, speaker, addressee);
    }

    private Attribution attribution(Type type, List<Span> content, int cueFirst, int verb, EnglishQuoteLexicon.CueVerb cue,
                                    Phrase speaker, Span addressee) {
        Span cueSpan = new Span(w.span(cueFirst).start(), w.span(verb).end());
        Span said = w.spanOf(speaker);
        Span frame = new Span(Math.min(cueSpan.start(), said.start()), Math.max(cueSpan.end(), said.end()));
        boolean quoting = w.quotes.stream().anyMatch(q -> content.stream().anyMatch(c -> c.contains(q.content())));
        Type typed = type == Type.INDIRECT && quoting ? Type.MIXED : type;
        return new Attribution(typed, content, cueSpan, cue.lemma(), frame, speaker, addressee, cue.medium(), false);
    }
}
