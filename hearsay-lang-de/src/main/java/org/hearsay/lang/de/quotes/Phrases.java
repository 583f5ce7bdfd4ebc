package org.hearsay.lang.de.quotes;

import java.util.Set;

/**
 * Noun phrases and subjects from STTS tags alone, as far as quotation analysis needs them: the
 * speaker of a reporting verb and its extent with attached "aus dem Kreml" or relative clause
 * ("eine Quelle, die mit … vertraut ist"). Rules over tags rather than the dependency layer,
 * because the parser often attaches an inverted subject ("sagte eine Quelle") as object.
 */
final class Phrases {
    private static final Set<String> NOMINAL_START = Set.of("ART", "PIAT", "PIDAT", "PPOSAT", "PDAT", "ADJA", "CARD", "NN", "NE",
            "TRUNC", "PIS");
    private static final Set<String> ATTACHING_PREPOSITIONS = Set.of("aus", "von", "vom", "in", "im", "bei", "beim", "mit",
            "an", "am", "innerhalb", "nahe", "um");

    private static final Set<String> TIME_NOUNS = Set.of("Abend", "Morgen", "Mittag", "Nachmittag", "Vormittag", "Nacht",
            "Tag", "Woche", "Wochenende", "Monat", "Jahr", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
            "Sonntag", "Zeit", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember");

    /** Words that open a subordinate clause, whose verb is not the main clause's. */
    private static final Set<String> SUBORDINATORS = Set.of("KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV");
    /** Between a verb and its inverted subject: "äußerte sich der Minister", "sagte auch der …". */
    private static final Set<String> SKIPPED_AFTER_VERB = Set.of("ADV", "PTKNEG", "PRF");

    private final Words w;

    Phrases(Words words) {
        this.w = words;
    }

    /**
     * The noun phrase starting at token i with its attachments: prepositional and genitive
     * phrases and one relative clause. Null when no noun phrase starts there.
     */
    Phrase nounPhraseAt(int i) {
        if (i < 0 || i >= w.size()) {
            return null;
        }
        int limit = w.sentenceEnd(i);
        if (articleBeforeTitle(i)) {
            int coreEnd = core(i + 1, limit);
            return coreEnd < 0 ? null : new Phrase(i, attachments(coreEnd, limit));
        }
        if (w.isPronoun(i)) {
            int end = i + 1;
            if (end < limit && w.is(end, "selbst")) {
                end++;
            }
            return new Phrase(i, end);
        }
        int coreEnd = core(i, limit);
        if (coreEnd < 0) {
            return null;
        }
        return new Phrase(i, attachments(coreEnd, limit));
    }

    /**
     * Determiners, adjectives and numbers, then a run of nouns and names ("das unabhängige
     * russische Portal Werstka"); a number alone counts ("zwei aus …"). Returns the end, or -1.
     */
    int core(int i, int limit) {
        int j = i;
        boolean nominal = false;
        while (j < limit && NOMINAL_START.contains(w.pos(j)) && !w.isNoun(j)) {
            nominal |= w.pos(j).equals("CARD") || w.pos(j).equals("PIS");
            j++;
        }
        int nouns = j;
        while (j < limit && (w.isNoun(j) || w.isQuoteMark(j) && w.titleEnd(j) > 0 && w.titleEnd(j) <= limit)) {
            // A name in quote marks counts as one: "die „Süddeutsche Zeitung“", "die Zeitung „Yemen Observer“".
            j = w.isNoun(j) ? j + 1 : w.titleEnd(j);
        }
        if (j == nouns && !nominal) {
            return -1;
        }
        return j;
    }

    /**
     * The first token after adverbs, separable particles and prepositional phrases from i on
     * ("sagte der Sprecher am Dienstag in Berlin."): what a reporting clause may carry besides
     * its speaker.
     */
    int afterAdverbials(int i, int limit) {
        int j = i;
        while (j < limit) {
            String pos = w.pos(j);
            if (pos.equals("ADV") || pos.equals("PTKVZ") || pos.equals("PTKNEG")) {
                j++;
            } else if ((pos.equals("APPR") || pos.equals("APPRART")) && core(j + 1, limit) > 0) {
                j = core(j + 1, limit);
            } else {
                break;
            }
        }
        return j;
    }

    /** Extends a phrase over "aus dem Kreml", "der Russischen Föderation", ", die … ist". */
    int attachments(int end, int limit) {
        int j = end;
        while (j < limit) {
            if (w.pos(j).equals("APPR") && ATTACHING_PREPOSITIONS.contains(w.form(j).toLowerCase(java.util.Locale.ROOT))) {
                int next = core(j + 1, limit);
                // "sagte ein Sprecher am Dienstag in Berlin": when and where, not who.
                if (next < 0 || TIME_NOUNS.contains(w.lemma(next - 1))) {
                    break;
                }
                j = next;
            } else if (w.pos(j).equals("ART") && genitive(j)) {
                int next = core(j, limit);
                if (next < 0 || next == j + 1) {
                    break;
                }
                j = next;
            } else if (w.isComma(j) && relativeClauseStarts(j + 1, limit)) {
                return relativeClauseEnd(j + 1, limit);
            } else if (w.isComma(j) && appositionEnd(j + 1, limit) > 0) {
                return appositionEnd(j + 1, limit);
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * A name set off by commas after a description ("der Sprecher der Polizei, Lars Beringer,"):
     * the end of the name when only names follow up to a comma or the sentence end, else -1.
     */
    int appositionEnd(int i, int limit) {
        int j = i;
        while (j < limit && w.pos(j).equals("NE")) {
            j++;
        }
        boolean closed = j >= limit || w.isComma(j) || w.pos(j).equals("$.");
        return j > i && closed ? j : -1;
    }

    private boolean genitive(int i) {
        String c = w.tokens.get(i).feature("Case");
        return c != null && c.contains("Gen");
    }

    private boolean relativeClauseStarts(int i, int limit) {
        if (i >= limit) {
            return false;
        }
        return w.pos(i).equals("PRELS") || w.pos(i).equals("APPR") && i + 1 < limit && w.pos(i + 1).equals("PRELS");
    }

    /** A relative clause is verb-final: it ends after its finite verb. */
    private int relativeClauseEnd(int i, int limit) {
        for (int j = i; j < limit; j++) {
            if (w.isFinite(j)) {
                return j + 1;
            }
            if (w.isBoundary(j)) {
                return j;
            }
        }
        return limit;
    }

    /** The first token of the clause holding token i: after a comma, boundary, quote mark or coordinator. */
    int clauseStart(int i) {
        int start = w.sentenceStart(i);
        int j = i;
        while (j > start) {
            if (w.isQuoteMark(j - 1) && w.titleStart(j - 1) >= start) {
                // A name in quote marks is part of the clause ("Die „Süddeutsche Zeitung“ hatte berichtet").
                j = w.titleStart(j - 1);
                continue;
            }
            if (w.isComma(j - 1) || w.isBoundary(j - 1) || w.isQuoteMark(j - 1) || w.isCoordinator(j - 1)) {
                break;
            }
            j--;
        }
        return j;
    }

    /**
     * The finite verb of the clause a reporting verb heads: the verb itself, or the auxiliary
     * before a participle ("haben herausgefunden"). -1 for a passive ("wurde berichtet"), which
     * names no speaker.
     */
    int finiteOf(int verb) {
        if (w.isFinite(verb)) {
            return verb;
        }
        for (int j = verb - 1; j >= clauseStart(verb); j--) {
            if (w.isFinite(j)) {
                return w.lemma(j).equals("werden") ? -1 : j;
            }
        }
        return -1;
    }

    /**
     * The subject of a finite verb in a main clause: the phrase before it ("Der Diktator
     * betonte"), with a name or relative clause set off by commas; after "und", the subject of the
     * first clause ("Er erinnerte … und beurteilte"); else, since the verb stands second, the
     * phrase after it ("Zuvor berichtete Werstka", "Über X sagte Branson"). Null when none is found.
     */
    Phrase subjectOf(int finite) {
        int start = clauseStart(finite);
        int first = start;
        while (first < finite && (w.pos(first).equals("ADV") || w.pos(first).equals("PTKNEG"))) {
            first++;
        }
        // "Dies bestätigte der Sprecher": a lone demonstrative before the verb is its object.
        int afterVerb = finite + 1;
        while (afterVerb + 1 < w.sentenceEnd(finite) && SKIPPED_AFTER_VERB.contains(w.pos(afterVerb))) {
            afterVerb++;
        }
        // "Das erklärte gestern der Sprecher": adverbs may stand between the verb and its subject.
        boolean demonstrativeObject = first + 1 == finite && w.pos(first).equals("PDS") && w.sentenceEnd(finite) > afterVerb
                && nominativeArticle(afterVerb);
        if (first < finite && startsSubject(first) && !demonstrativeObject) {
            int end = finite;
            while (end > first + 1 && w.pos(end - 1).equals("ADV") && !w.is(end - 1, "selbst")) {
                end--;
            }
            return new Phrase(first, end);
        }
        Phrase described = start == finite ? describedByApposition(start) : null;
        if (described == null && start == finite) {
            described = describedByRelativeClause(start);
        }
        if (described == null && start == finite) {
            described = namedWithDescription(start);
        }
        if (described != null) {
            return described;
        }
        if (start == finite && w.coordinatedBefore(start)) {
            for (int j = w.sentenceStart(finite); j < start - 1; j++) {
                if (w.isFinite(j) && !SUBORDINATORS.contains(w.pos(clauseStart(j)))) {
                    return subjectOf(j);
                }
            }
        }
        int after = finite + 1;
        while (after < w.sentenceEnd(finite) && SKIPPED_AFTER_VERB.contains(w.pos(after))) {
            after++;
        }
        Phrase post = nounPhraseAt(after);
        if (post != null && TIME_NOUNS.contains(w.lemma(post.end() - 1))) {
            // "sagte heute Abend der Sprecher": the time phrase is no speaker.
            after = post.end();
            while (after < w.sentenceEnd(finite) && w.pos(after).equals("ADV")) {
                after++;
            }
            post = nounPhraseAt(after);
        }
        return post != null && nominative(post) ? post : null;
    }

    /** "Der Minister, der zur Zeit den Vorsitz hat, sagte": the noun phrase before a relative clause. */
    private Phrase describedByRelativeClause(int start) {
        if (start < 3 || !w.isComma(start - 1)) {
            return null;
        }
        int sentenceStart = w.sentenceStart(start);
        for (int j = start - 2; j > sentenceStart; j--) {
            if (w.isBoundary(j)) {
                return null;
            }
            if (w.isComma(j - 1) && (w.pos(j).equals("PRELS") || w.pos(j).equals("APPR") && w.pos(j + 1).equals("PRELS"))) {
                int first = clauseStart(j - 1);
                return first < j - 1 && startsSubject(first) ? new Phrase(first, start - 1) : null;
            }
        }
        return null;
    }

    /** "Der Sprecher der Polizei, Lars Beringer, sagte": the description with its name before the verb. */
    private Phrase describedByApposition(int start) {
        if (start < 2 || !w.isComma(start - 1)) {
            return null;
        }
        int nameEnd = start - 1;
        if (w.is(nameEnd - 1, ")")) {
            // "Sandra Boser (GRÜNE), erklärte": a party or place in brackets after the name.
            int bracket = nameEnd - 1;
            while (bracket > w.sentenceStart(start) && !w.is(bracket, "(")) {
                bracket--;
            }
            nameEnd = w.is(bracket, "(") ? bracket : nameEnd;
        }
        int nameStart = nameEnd;
        while (nameStart > w.sentenceStart(start) && w.pos(nameStart - 1).equals("NE")) {
            nameStart--;
        }
        if (nameStart == nameEnd || nameStart < 1 || !w.isComma(nameStart - 1)) {
            return null;
        }
        int first = clauseStart(nameStart - 1);
        return first < nameStart - 1 && startsSubject(first) ? new Phrase(first, start - 1) : null;
    }

    /**
     * "Anna Berger, die Leiterin des Amtes, sagte": a noun phrase, then a second one set off by
     * commas that describes it, right before the verb.
     */
    private Phrase namedWithDescription(int start) {
        if (start < 4 || !w.isComma(start - 1)) {
            return null;
        }
        int sentenceStart = w.sentenceStart(start);
        for (int comma = start - 2; comma > sentenceStart; comma--) {
            if (w.isBoundary(comma) || w.isFinite(comma)) {
                return null;
            }
            if (w.isComma(comma)) {
                Phrase description = nounPhraseAt(comma + 1);
                int first = clauseStart(comma);
                Phrase named = first < comma ? nounPhraseAt(first) : null;
                boolean fits = description != null && description.end() == start - 1 && named != null && named.end() == comma;
                return fits && startsSubject(first) ? new Phrase(first, start - 1) : null;
            }
        }
        return null;
    }

    private boolean nominativeArticle(int i) {
        String c = w.tokens.get(i).feature("Case");
        return (w.pos(i).equals("ART") || w.pos(i).equals("NE")) && (c == null || c.contains("Nom"));
    }

    /** "Die „Süddeutsche Zeitung“": the tagger takes an article before a quote mark for a pronoun. */
    private boolean articleBeforeTitle(int i) {
        return w.pos(i).equals("PDS") && i + 1 < w.size() && w.isQuoteMark(i + 1) && w.titleEnd(i + 1) > 0;
    }

    private boolean startsSubject(int i) {
        if (articleBeforeTitle(i)) {
            return true;
        }
        if (w.isPronoun(i)) {
            return nominative(new Phrase(i, i + 1));
        }
        return NOMINAL_START.contains(w.pos(i)) && nominative(new Phrase(i, i + 1));
    }

    /**
     * Not certainly nominative: true unless the first word's case rules the nominative out. Only
     * determiners and pronouns are trusted; the case of a bare name is often guessed wrong.
     */
    private boolean nominative(Phrase p) {
        if (w.isNoun(p.first())) {
            return true;
        }
        String c = w.tokens.get(p.first()).feature("Case");
        return c == null || c.contains("Nom");
    }
}
