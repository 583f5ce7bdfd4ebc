package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hearsay.core.model.Quotation.Medium;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Span;

/**
 * Reports without a speaking subject: "Aus Regierungskreisen heißt es, …", "…, hieß es in der
 * Mitteilung.", passives of reporting verbs ("Am Wochenende wurde berichtet, dass …", "war
 * gemeldet worden") and "wurde bekannt, dass …". The speaker is the one an "aus", "in", "bei",
 * "seitens" or "von" phrase of the reporting clause names ("von der Zeitung"), else there is none:
 * the article leaves it open, and so does the quotation.
 */
final class ImpersonalReports {
    private static final Set<String> COMPLEMENTIZERS = Set.of("dass", "daß", "ob");
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("aus", "in", "im", "bei", "beim", "seitens", "von", "vom");

    private final Words w;
    private final Phrases phrases;
    private final QuoteLexicon lexicon;

    ImpersonalReports(Words words, Phrases phrases, QuoteLexicon lexicon) {
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
            Candidate c = null;
            if (w.lemma(i).equals("heißen") && w.isFinite(i) && (w.is(i + 1, "es") || w.is(i - 1, "es"))) {
                c = report(i, "heißen", null);
            } else if (w.pos(i).equals("VVPP") && lexicon.cueVerb(w.lemma(i)) != null && passive(i)) {
                QuoteLexicon.CueVerb verb = lexicon.cueVerb(w.lemma(i));
                c = report(i, verb.lemma(), verb.medium());
            } else if (w.is(i, "bekannt") && !w.pos(i).equals("VVPP") && passive(i)) {
                c = report(i, "bekannt werden", null);
            }
            if (c != null) {
                found.add(c);
            }
        }
        return found;
    }

    /** A participle (or "bekannt") with a form of "werden" as its auxiliary: "wurde berichtet", "berichtet worden". */
    private boolean passive(int i) {
        if (i + 1 < w.size() && (w.is(i + 1, "worden") || w.isFinite(i + 1) && w.lemma(i + 1).equals("werden"))) {
            return true;
        }
        for (int j = i - 1; j >= phrases.clauseStart(i); j--) {
            if (w.isFinite(j)) {
                // The morphology fuses "wurde … bekannt" into "bekanntwerden".
                return w.lemma(j).endsWith("werden");
            }
        }
        return false;
    }

    private Candidate report(int cue, String lemma, Medium medium) {
        int limit = w.sentenceEnd(cue);
        int clauseStart = phrases.clauseStart(cue);
        int clauseEnd = cue + 1;
        while (clauseEnd < limit && !w.isComma(clauseEnd) && !w.isBoundary(clauseEnd) && !w.isQuoteMark(clauseEnd)) {
            clauseEnd++;
        }
        Span content = null;
        if (clauseEnd + 1 < limit && w.isComma(clauseEnd)) {
            content = reportedClause(clauseEnd + 1, limit);
        } else if ((clauseEnd >= limit || w.pos(clauseEnd).equals("$.")) && clauseStart > w.sentenceStart(cue) + 1
                && w.isComma(clauseStart - 1) && !w.isQuoteMark(clauseStart - 2)) {
            // "…, heißt es in der Mitteilung.": the words before the comma.
            content = w.contentSpan(w.sentenceStart(cue), clauseStart - 1);
        }
        if (content == null) {
            return null;
        }
        Phrase speaker = sourcePhrase(clauseStart, clauseEnd);
        Span frame = new Span(w.span(clauseStart).start(), w.span(clauseEnd - 1).end());
        return new Candidate(Type.INDIRECT, List.of(content), w.span(cue), lemma, frame, speaker, null, medium, false, false);
    }

    /** A dass/ob clause, a zu-infinitive or a clause whose verb reports by mood or "sollen"; null for anything else. */
    private Span reportedClause(int start, int limit) {
        if (COMPLEMENTIZERS.contains(w.form(start).toLowerCase(Locale.ROOT))) {
            return w.contentSpan(start, limit);
        }
        for (int j = start; j < limit && !w.isBoundary(j); j++) {
            // "Ihm wird vorgeworfen, das Geld behalten zu haben": a zu-infinitive before any finite verb.
            if (w.pos(j).equals("VVIZU") || w.pos(j).equals("PTKZU") && j + 1 < limit && w.isVerb(j + 1)) {
                return w.pos(start).equals("KOUI") ? null : w.contentSpan(start, w.pos(j).equals("VVIZU") ? j + 1 : j + 2);
            }
            // "verkauft zu haben": the tagger reads a participle before "zu" as a finite verb.
            if (w.isFinite(j) && !(j + 1 < limit && w.pos(j + 1).equals("PTKZU"))) {
                return w.isSubjunctive(j) || w.lemma(j).equals("sollen") ? w.contentSpan(start, limit) : null;
            }
        }
        return null;
    }

    /** The noun phrase after a source preposition inside the reporting clause, or null. */
    private Phrase sourcePhrase(int from, int to) {
        for (int j = from; j < to; j++) {
            boolean preposition = w.pos(j).equals("APPR") || w.pos(j).equals("APPRART");
            if (preposition && SOURCE_PREPOSITIONS.contains(w.form(j).toLowerCase(Locale.ROOT))) {
                Phrase p = phrases.nounPhraseAt(j + 1);
                if (p != null && p.end() <= to && !w.isPronoun(p.first())) {
                    return p;
                }
            }
        }
        return null;
    }
}
