package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearsay.core.model.Span;

/**
 * Statements by which one source names its own sources: "Das Portal beruft sich auf drei
 * Quellen: zwei aus Putins Verwaltung und eine, die mit dem Verhandlungsprozess verbunden ist".
 * A breakdown after the colon gives one member per part, each with its count and affiliation;
 * without one the named group is a single (plural) member. A reporting clause that cites its
 * sources relays them as well: "…, berichtet das Portal X unter Berufung auf zwei Insider".
 */
final class RelayStatements {
    /** One relay statement: who relays, the words that say so, and whom. */
    record Relay(Phrase relay, Span cue, List<Member> members) {
    }

    /**
     * One relayed source.
     *
     * @param phrase   its words ("zwei aus Putins Verwaltung")
     * @param head     the noun that says what it is ("Quellen"), possibly outside the phrase, or -1
     * @param count    the stated number, or null
     * @param plural   whether it is a group
     */
    record Member(Phrase phrase, int head, Integer count, boolean plural) {
    }

    private final Words w;
    private final Phrases phrases;
    private final QuoteLexicon lexicon;
    private final CitedSources citations;

    RelayStatements(Words words, Phrases phrases, QuoteLexicon lexicon) {
        this.w = words;
        this.phrases = phrases;
        this.lexicon = lexicon;
        this.citations = new CitedSources(words, lexicon);
    }

    List<Relay> find() {
        List<Relay> found = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            Relay cited = citing(i);
            if (cited != null) {
                found.add(cited);
            }
            if (!w.isVerb(i)) {
                continue;
            }
            for (List<String> phrase : lexicon.relayPhrases()) {
                int end = match(i, phrase);
                if (end < 0) {
                    continue;
                }
                int finite = phrases.finiteOf(i);
                Phrase relay = finite < 0 ? null : phrases.subjectOf(finite);
                List<Member> members = members(end);
                if (relay != null && !members.isEmpty()) {
                    found.add(new Relay(relay, new Span(w.span(i).start(), w.span(end - 1).end()), members));
                }
                break;
            }
        }
        return found;
    }

    /** "…, berichtet X unter Berufung auf Y": X, the subject of the clause's finite verb, relays Y. */
    private Relay citing(int i) {
        CitedSources.Citation citation = citations.at(i);
        if (citation == null) {
            return null;
        }
        int verb = i - 1;
        while (verb >= w.sentenceStart(i) && !w.isVerb(verb) && !w.isComma(verb)) {
            verb--;
        }
        int finite = verb < w.sentenceStart(i) || !w.isVerb(verb) ? -1 : ReportingClauses.finiteOf(w, phrases, verb);
        Phrase relay = finite < 0 ? null : phrases.subjectOf(finite);
        if (relay == null || !canSpeak(citation.cited(), citation.head())) {
            return null;
        }
        Span cue = new Span(w.span(citation.cueFirst()).start(), w.span(citation.cueEnd() - 1).end());
        return new Relay(relay, cue, List.of(member(citation.cited(), citation.head())));
    }

    /** The end of the phrase when it matches at verb i (other words may stand between), else -1. */
    private int match(int i, List<String> phrase) {
        if (!w.lemma(i).equals(phrase.get(0))) {
            return -1;
        }
        int j = i + 1;
        int limit = w.sentenceEnd(i);
        for (String word : phrase.subList(1, phrase.size())) {
            while (j < limit && !w.form(j).toLowerCase(Locale.ROOT).equals(word)) {
                if (w.isComma(j) || w.isBoundary(j)) {
                    return -1;
                }
                j++;
            }
            if (j >= limit) {
                return -1;
            }
            j++;
        }
        return j;
    }

    private List<Member> members(int start) {
        Phrase group = phrases.nounPhraseAt(start);
        if (group == null) {
            return List.of();
        }
        int head = headNoun(group);
        int colon = group.end();
        if (colon + 1 < w.sentenceEnd(start) && w.is(colon, ":")) {
            List<Member> parts = breakdown(colon + 1, head);
            if (!parts.isEmpty()) {
                return parts;
            }
        }
        List<Member> groups = new ArrayList<>();
        int limit = w.sentenceEnd(start);
        // "auf interne E-Mails und auf zwei Beschäftigte": each conjunct is a group of its own.
        for (Phrase p = group; p != null; ) {
            if (canSpeak(p)) {
                groups.add(member(p, headNoun(p)));
            }
            int next = p.end();
            if (next >= limit || !w.isCoordinator(next)) {
                break;
            }
            next++;
            if (next < limit && w.pos(next).equals("APPR")) {
                next++;
            }
            p = phrases.nounPhraseAt(next);
        }
        return groups;
    }

    /** People or named bodies, not documents: "zwei Beschäftigte", "Insider", "Reuters", but not "interne E-Mails". */
    private boolean canSpeak(Phrase p) {
        return canSpeak(p, headNoun(p));
    }

    private boolean canSpeak(Phrase p, int head) {
        if (head < 0) {
            return true;
        }
        return w.pos(head).equals("NE") || lexicon.sourceNounType(w.lemma(head)) != null || lexicon.isOutletNoun(w.lemma(head))
                || !w.entitiesIn(p).isEmpty();
    }

    /** "zwei aus …, eine, die …": parts that each start with a number word. */
    private List<Member> breakdown(int from, int head) {
        List<Member> parts = new ArrayList<>();
        int limit = w.sentenceEnd(from);
        int j = from;
        while (j < limit && lexicon.number(w.form(j)) != null) {
            int coreEnd = phrases.core(j, limit);
            int end = phrases.attachments(coreEnd < 0 ? j + 1 : coreEnd, limit);
            Phrase part = new Phrase(j, end);
            // "zwei aus …" borrows its noun from the group ("drei Quellen"); "zwei Beamte aus …" has its own.
            boolean ownNoun = coreEnd > j + 1 && w.isNoun(coreEnd - 1);
            parts.add(member(part, ownNoun ? coreEnd - 1 : head));
            j = end;
            if (j < limit && (w.isComma(j) || w.isCoordinator(j))) {
                j++;
            }
        }
        return parts;
    }

    private Member member(Phrase phrase, int head) {
        Integer count = null;
        boolean plural = head >= 0 && w.isPlural(head);
        for (int j = phrase.first(); j < phrase.end() && !w.isNoun(j); j++) {
            if (w.pos(j).equals("CARD") || w.pos(j).equals("PIS")) {
                count = lexicon.number(w.form(j));
                plural |= count == null && lexicon.isVagueNumber(w.form(j));
            }
        }
        if (count != null) {
            plural = count > 1;
        }
        return new Member(phrase, head, count, plural);
    }

    private int headNoun(Phrase p) {
        int head = -1;
        for (int j = p.first(); j < p.end() && (head < 0 || w.isNoun(j)); j++) {
            if (w.isNoun(j)) {
                head = j;
            }
        }
        return head;
    }
}
