package org.hearsay.core.claims;

import java.util.List;
import java.util.function.Predicate;
import org.hearsay.core.model.Token;

/**
 * Which of the cues found in a clause count. A noun cue counts only as the head of what the clause
 * states, an argument of its main verb ("Es gibt einen Plan", "hat den Befehl gegeben"), not inside
 * a prepositional phrase, a genitive or a coordination ("spricht von einem Plan", "die Umsetzung
 * des Plans", "law and order"); a phrase of several words is specific enough wherever it stands
 * ("aus einer Position der Stärke"); a noun that marks something only when negated must not be a
 * genitive. A cue marked "actor" counts only when the clause names someone who
 * can act on it.
 */
final class ClauseCues {
    /** How far back from a noun cue its noun phrase may start ("den neuen, schärferen Plan"). */
    private static final int PHRASE_WORDS = 4;

    private ClauseCues() {
    }

    /**
     * The cues of {@code clause} that count.
     *
     * @param actor whether the clause names someone who can act (a person, an organisation, the speaker)
     */
    static List<CueLexicon.Match> counting(List<CueLexicon.Match> cues, List<Token> clause, boolean actor,
                                           ClaimLanguage language) {
        return cues.stream().filter(c -> actor || !c.needsActor())
                .filter(c -> c.phrase() || !language.isNoun(clause.get(c.token()))
                        || (c.plain() == null ? !attached(clause, c.token(), false, language)
                        : headsClause(clause, c.token(), language)))
                .toList();
    }

    /**
     * Whether the noun at {@code at} is an argument of the clause's main verb: it shares the stretch
     * between breaks with a finite verb and is not attached to something else.
     */
    static boolean headsClause(List<Token> clause, int at, ClaimLanguage language) {
        int from = stretchStart(clause, at);
        int to = Clauses.nextBreak(clause, at);
        return clause.subList(from, to).stream().anyMatch(language::isFiniteVerb) && !attached(clause, at, true, language);
    }

    /**
     * Whether the word before the noun phrase of the noun at {@code at} attaches it to something
     * else: a preposition (when {@code byPreposition}), a coordinator after another noun, or a noun
     * it follows as a genitive. A noun that marks something only when negated needs no verb
     * ("Keine Verhandlungen mit Erpressern") and may follow a preposition ("tritt nicht in
     * Verhandlungen"), but must not be a genitive ("äußerte sich nicht zum Stand der Gespräche").
     */
    static boolean attached(List<Token> clause, int at, boolean byPreposition, ClaimLanguage language) {
        int from = stretchStart(clause, at);
        Predicate<Token> endsPhrase = t -> Clauses.isBreak(t) || language.isNoun(t) || language.isFiniteVerb(t)
                || language.isPreposition(t) || language.lexicon().isCoordinator(t);
        int start = at;
        while (start > from && at - start < PHRASE_WORDS && !endsPhrase.test(clause.get(start - 1))) {
            start--;
        }
        if (start == from) {
            return false;
        }
        Token before = clause.get(start - 1);
        if (language.isPreposition(before)) {
            return byPreposition;
        }
        if (language.lexicon().isCoordinator(before)) {
            return start - 2 >= from && language.isNoun(clause.get(start - 2));
        }
        // "die Umsetzung des Plans": a noun, then an article, then the cue.
        return language.isNoun(before) && start < at;
    }

    private static int stretchStart(List<Token> clause, int at) {
        int from = at;
        while (from > 0 && !Clauses.isBreak(clause.get(from - 1))) {
            from--;
        }
        return from;
    }
}
