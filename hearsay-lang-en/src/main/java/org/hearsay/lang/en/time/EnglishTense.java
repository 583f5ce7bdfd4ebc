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
 * unknown. Verbs of saying are skipped.
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
            if (t.pos() != null && t.pos().startsWith("VB") && !REPORTING.contains(lemma(t))
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
        if ("VBD".equals(verb.pos()) || ("VBN".equals(verb.pos()) && perfect)) {
            return Direction.PAST;
        }
        if (PRESENT_TAGS.contains(verb.pos()) || presentAuxiliary && !perfect) {
            return Direction.PRESENT;
        }
        return Direction.UNKNOWN;
    }

    private static String lemma(Token t) {
        return (t.lemma() != null ? t.lemma() : t.form()).toLowerCase(Locale.ROOT);
    }
}
