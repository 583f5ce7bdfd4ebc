package org.hearsay.lang.de.time;

import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.hearsay.core.time.Direction;

/**
 * Which way a time phrase points, from the verbs around it: the finite verb of the same clause
 * (between commas, dashes and quotes), or of the sentence when the clause has none. Präteritum and
 * Perfekt with "haben" point back; "werden" with an infinitive points forward; Präsens is
 * {@link Direction#PRESENT}, which German uses for the future too ("Der Streik beginnt am Montag").
 * "sein" with a participle is left open: Perfekt ("ist zurückgetreten") or a state ("ist angesetzt").
 */
final class GermanTense {
    /** Verbs of saying: "sagte" tells when something was said, not when what was said happens. */
    private static final Set<String> REPORTING = Set.of("sagen", "erklären", "berichten", "betonen", "mitteilen", "melden",
            "schreiben", "heißen", "sprechen", "fügen", "ergänzen");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "–", "—", "-", "„", "“", "\"", "«", "»", "(", ")");

    private GermanTense() {
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
        Direction clause = nearestFinite(sentence.subList(from, to), at - from);
        Direction direction = clause != null ? clause : nearestFinite(sentence, at);
        if (direction == null || direction == Direction.PRESENT && (clause == null || !afterDayPreposition(sentence, at))) {
            return Direction.UNKNOWN;
        }
        return direction;
    }

    /**
     * Whether the phrase follows "am" ("an dem"), "ab" or "bis": then it is an adverbial of a verb in
     * the same clause, whose present tense counts ("Die Hafenarbeiter wollen ab Montag streiken"). In
     * "das Ergebnis vom Sonntag zeigt" the day belongs to a noun, and in "Am Sonntag, so sagte er,
     * beginne …" the present belongs to another clause. "seit" is left out: "streiken seit Montag"
     * is present tense about a day past.
     */
    private static boolean afterDayPreposition(List<Token> sentence, int at) {
        String before = at >= 1 ? sentence.get(at - 1).form() : "";
        return before.equalsIgnoreCase("ab") || before.equalsIgnoreCase("bis")
                || at >= 2 && before.equalsIgnoreCase("dem") && sentence.get(at - 2).form().equalsIgnoreCase("an");
    }

    /** The direction the finite verb nearest to position {@code at} gives, or null without a finite verb. */
    private static Direction nearestFinite(List<Token> tokens, int at) {
        Token best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isFinite(t) && !REPORTING.contains(lemma(t)) && Math.abs(i - at) < bestDistance) {
                best = t;
                bestDistance = Math.abs(i - at);
            }
        }
        if (best == null) {
            return null;
        }
        String lemma = lemma(best);
        boolean subjunctive = "Sub".equals(best.feature("Mood"));
        if (lemma.equals("werden") && !subjunctive && "Pres".equals(best.feature("Tense"))
                && tokens.stream().anyMatch(t -> t.pos() != null && t.pos().endsWith("INF"))) {
            return Direction.FUTURE;
        }
        if ("Past".equals(best.feature("Tense")) && !subjunctive) {
            return Direction.PAST;
        }
        boolean participle = tokens.stream().anyMatch(t -> "VVPP".equals(t.pos()));
        if (lemma.equals("haben") && participle) {
            return Direction.PAST;
        }
        if ("Pres".equals(best.feature("Tense")) && !(lemma.equals("sein") && participle)) {
            return Direction.PRESENT;
        }
        return Direction.UNKNOWN;
    }

    private static boolean isFinite(Token t) {
        return t.pos() != null && t.pos().startsWith("V") && t.pos().endsWith("FIN");
    }

    private static String lemma(Token t) {
        return t.lemma() != null ? t.lemma().toLowerCase() : t.form().toLowerCase();
    }
}
