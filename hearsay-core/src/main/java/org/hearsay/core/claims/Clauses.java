package org.hearsay.core.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Token;

/**
 * Clause boundaries without a parser: commas, semicolons, colons and dashes. Enough to keep a
 * condition or a relative clause apart from the clause that carries the claim, since news prose
 * marks them off with commas (German always does).
 */
final class Clauses {
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "–", "—", "-");

    private Clauses() {
    }

    static boolean isBreak(Token t) {
        return BREAKS.contains(t.form());
    }

    /** Index of the first break at or after {@code from}, or the size of the list. */
    static int nextBreak(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && !isBreak(tokens.get(i))) {
            i++;
        }
        return i;
    }

    /**
     * The tokens of a unit that carry its own claim: without a leading conjunction ("dass",
     * "that"), without its conditions and without side clauses (relative and adverbial clauses,
     * whose verbs and cue words belong to something else).
     */
    static List<Token> main(List<Token> unit, List<ConditionCues.Found> conditions, ClaimLanguage language) {
        boolean[] skip = new boolean[unit.size()];
        for (ConditionCues.Found c : conditions) {
            for (int i = c.cueStart(); i < c.end(); i++) {
                skip[i] = true;
            }
        }
        int first = 0;
        while (first < unit.size() && language.lexicon().isLeadingConjunction(unit.get(first))) {
            skip[first++] = true;
        }
        for (int i = first + 1; i < unit.size(); i++) {
            if (!skip[i] && isBreak(unit.get(i - 1)) && language.opensSideClause(unit, i)) {
                int end = nextBreak(unit, i);
                for (int k = i; k < end; k++) {
                    skip[k] = true;
                }
                i = end;
            }
        }
        List<Token> main = new ArrayList<>();
        for (int i = 0; i < unit.size(); i++) {
            if (!skip[i]) {
                main.add(unit.get(i));
            }
        }
        return main;
    }

    /**
     * The first stretch between breaks that holds a finite verb other than a verb of saying, without
     * those verbs ("Er sagte, sie werde …" speaks of the future), or an empty list.
     */
    static List<Token> firstFiniteSegment(List<Token> clause, ClaimLanguage language) {
        List<Token> withoutSaying = clause.stream()
                .filter(t -> !(language.isFiniteVerb(t) && language.lexicon().isReportingVerb(t))).toList();
        int start = 0;
        while (start < withoutSaying.size()) {
            int end = nextBreak(withoutSaying, start);
            List<Token> segment = withoutSaying.subList(start, end);
            if (segment.stream().anyMatch(language::isFiniteVerb)) {
                return segment;
            }
            start = end + 1;
        }
        return List.of();
    }
}
