package org.hearsay.lang.en.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.hearsay.core.time.Direction;

/**
 * Which way a time phrase points, from the verbs of its clause (or its sentence when the clause
 * has none): "will"/"shall" forward, past tense and present perfect back, anything else unknown.
 */
final class EnglishTense {
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "--", "-", "``", "''", "\"", "(", ")", "-LRB-", "-RRB-");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> PERFECT = Set.of("has", "have", "had", "'ve", "'s");

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
        Direction clause = direction(sentence.subList(from, to));
        return clause != null ? clause : direction(sentence) == null ? Direction.UNKNOWN : direction(sentence);
    }

    /** The direction the verbs give, or null when there is no verb. */
    private static Direction direction(List<Token> tokens) {
        boolean verb = false;
        boolean past = false;
        boolean perfect = false;
        boolean participle = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String pos = t.pos() == null ? "" : t.pos();
            String form = t.form().toLowerCase(Locale.ROOT);
            if (pos.equals("MD") && FUTURE.contains(form)) {
                return Direction.FUTURE;
            }
            if (form.equals("going") && i + 1 < tokens.size() && tokens.get(i + 1).form().equalsIgnoreCase("to")) {
                return Direction.FUTURE;
            }
            verb |= pos.startsWith("VB") || pos.equals("MD");
            past |= pos.equals("VBD");
            perfect |= pos.startsWith("VB") && PERFECT.contains(form);
            participle |= pos.equals("VBN");
        }
        if (past || (perfect && participle)) {
            return Direction.PAST;
        }
        return verb ? Direction.UNKNOWN : null;
    }
}
