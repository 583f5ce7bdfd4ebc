package org.hearsay.lang.en.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.hearsay.core.time.Direction;

/**
 * Which way a time phrase points, from the verb group nearest to it in its clause (or its sentence
 * when the clause has none): "will"/"shall"/"going to" forward, past tense and present perfect back,
 * present tense ("reopens", "is scheduled", "are meeting") {@link Direction#PRESENT}, anything else
 * unknown. Verbs of saying are skipped, unless the phrase dates one ("said Friday"); gerunds without
 * "be" carry no tense; an infinitive planned from now ("is scheduled to close Monday") looks ahead.
 */
final class EnglishTense {
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "--", "-", "``", "''", "\"", "(", ")", "-LRB-", "-RRB-");
    /** Verbs of saying: "said" tells when something was said, not when what was said happens. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "add", "report", "announce", "state", "note", "write");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> PERFECT = Set.of("has", "have", "had", "'ve", "'s");
    private static final Set<String> PRESENT_TAGS = Set.of("VBZ", "VBP");

    private EnglishTense() {
    }

    static Direction of(List<Token> sentence, Span phrase) {
        int at = 0;
        while (at < sentence.size() - 1 && sentence.get(at).span().end() <= phrase.start()) {
            at++;
        }
        if (saidThen(sentence, at)) {
            return Direction.PAST;
        }
        int from = at;
        while (from > 0 && !CLAUSE_BREAKS.contains(sentence.get(from - 1).form())) {
            from--;
        }
        int to = at;
        while (to < sentence.size() && !CLAUSE_BREAKS.contains(sentence.get(to).form())) {
            to++;
        }
        Direction clause = nearestVerb(sentence, from, to, at);
        Direction direction = clause != null ? clause : nearestVerb(sentence, 0, sentence.size(), at);
        if (direction == null || direction == Direction.PRESENT && (clause == null || !afterOn(sentence, at))) {
            return Direction.UNKNOWN;
        }
        return direction;
    }

    /**
     * Whether the phrase dates a past verb of saying right before it, with or without a preposition
     * ("Mr. Gerstner said Friday", "said on Thursday that the troops will stay", "said over the
     * weekend"): it tells when the words were said, whatever tense the words themselves have.
     */
    private static boolean saidThen(List<Token> sentence, int at) {
        int verb = at >= 1 && "IN".equals(sentence.get(at - 1).pos()) ? at - 2 : at - 1;
        if (verb < 0) {
            return false;
        }
        Token t = sentence.get(verb);
        return REPORTING.contains(lemma(t)) && ("VBD".equals(t.pos()) || "VBN".equals(t.pos()));
    }

    /**
     * Whether the phrase follows "on". The present tense counts only for an adverbial of a verb in the
     * same clause ("the strike begins on Monday"): a bare or possessive day ("follows Tuesday's
     * declaration") or one set off by a comma ("On Wednesday, X said the talks are …") is left open.
     */
    private static boolean afterOn(List<Token> sentence, int at) {
        return at >= 1 && sentence.get(at - 1).form().equalsIgnoreCase("on");
    }

    /**
     * The direction of the verb group nearest to position {@code at} within [from, to), verbs of saying
     * left out; null when there is none.
     */
    private static Direction nearestVerb(List<Token> tokens, int from, int to, int at) {
        int best = -1;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.pos() != null && t.pos().startsWith("VB") && !REPORTING.contains(lemma(t)) && !isBareGerund(tokens, i)
                    && (best < 0 || Math.abs(i - at) < Math.abs(best - at))) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        Token verb = tokens.get(best);
        boolean perfect = false;
        boolean presentAuxiliary = false;
        for (int i = Math.max(from, best - 3); i < best; i++) {
            String form = tokens.get(i).form().toLowerCase(Locale.ROOT);
            if ("MD".equals(tokens.get(i).pos()) && FUTURE.contains(form)) {
                return Direction.FUTURE;
            }
            if (form.equals("going") && tokens.get(i + 1).form().equalsIgnoreCase("to")) {
                return Direction.FUTURE;
            }
            perfect |= PERFECT.contains(form);
            presentAuxiliary |= PRESENT_TAGS.contains(tokens.get(i).pos());
        }
        if (plannedInfinitive(tokens, from, best)) {
            return Direction.FUTURE;
        }
        if ("VBD".equals(verb.pos()) || ("VBN".equals(verb.pos()) && perfect)) {
            return Direction.PAST;
        }
        if (PRESENT_TAGS.contains(verb.pos()) || presentAuxiliary && !perfect) {
            return Direction.PRESENT;
        }
        return Direction.UNKNOWN;
    }

    /**
     * An infinitive planned from now: "is to resume trading Tuesday", "is scheduled to close Monday",
     * "set to resume Monday", "due to arrive Friday". The word before "to" is a present-tense verb, a
     * participle or an adjective, with no past-tense auxiliary in front of it ("had planned to meet
     * Monday", "was expected to close Friday" look back).
     */
    private static boolean plannedInfinitive(List<Token> tokens, int from, int verb) {
        if (!"VB".equals(tokens.get(verb).pos()) || verb - 2 < from || !tokens.get(verb - 1).form().equalsIgnoreCase("to")) {
            return false;
        }
        Token governor = tokens.get(verb - 2);
        if (!PRESENT_TAGS.contains(governor.pos()) && !"VBN".equals(governor.pos()) && !"JJ".equals(governor.pos())) {
            return false;
        }
        for (int i = Math.max(from, verb - 5); i < verb - 2; i++) {
            if ("VBD".equals(tokens.get(i).pos())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A gerund with no form of "be" before it names an activity ("resume trading in Paris Tuesday",
     * "after closing Friday") and carries no tense of its own.
     */
    private static boolean isBareGerund(List<Token> tokens, int i) {
        if (!"VBG".equals(tokens.get(i).pos())) {
            return false;
        }
        for (int j = Math.max(0, i - 2); j < i; j++) {
            if (lemma(tokens.get(j)).equals("be")) {
                return false;
            }
        }
        return true;
    }

    private static String lemma(Token t) {
        return (t.lemma() != null ? t.lemma() : t.form()).toLowerCase(Locale.ROOT);
    }
}
