package org.hearsay.core.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.hearsay.core.model.Claim.ConditionKind;
import org.hearsay.core.model.Token;

/**
 * The words that introduce a condition, read from a pack's word list, and the search for them. A
 * line is {@code words <TAB> kind [<TAB> clause]}; "clause" marks a word that is a condition only
 * when a clause with a finite verb follows ("bis das Gebiet befreit ist", not "bis Ende des
 * Jahres"; "until they leave", not "until Friday"); such a word right before a time expression is
 * a preposition giving a deadline, even when the clause goes on ("Bis Ende des Monats werden die
 * Werke schließen", "Until Friday the council will decide"). Restrictors ("erst", "only") turn a plain "if"
 * whose clause they precede into "only if": "werden erst beginnen, wenn …".
 */
public final class ConditionCues {
    private final List<Cue> cues = new ArrayList<>();
    private final Set<String> restrictors;

    record Cue(List<String> words, ConditionKind kind, boolean needsClause) {
    }

    /** A condition in a unit: tokens [cueStart, end) with the cue's words and kind. */
    public record Found(int cueStart, int cueEnd, int end, String cue, ConditionKind kind) {
        Found shifted(int by) {
            return new Found(cueStart + by, cueEnd + by, end + by, cue, kind);
        }
    }

    public ConditionCues(List<String> lines, List<String> restrictors) {
        for (String line : lines) {
            String[] cols = line.split("\t");
            cues.add(new Cue(List.of(cols[0].toLowerCase(Locale.ROOT).split(" ")), ConditionKind.valueOf(cols[1]),
                    cols.length > 2 && cols[2].equals("clause")));
        }
        // Longest cue first, so "nur wenn" wins over "wenn".
        cues.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        this.restrictors = Set.copyOf(restrictors.stream().map(r -> r.toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * The conditions of a unit, in text order; each reaches from its cue to the next clause break.
     *
     * @param opensTime whether a time expression starts at a token
     */
    public List<Found> find(List<Token> unit, Predicate<Token> finiteVerb, Predicate<Token> opensTime) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < unit.size(); i++) {
            Found f = at(unit, i, finiteVerb, opensTime);
            if (f != null) {
                found.add(f);
                i = f.end() - 1;
            }
        }
        return found;
    }

    private Found at(List<Token> unit, int i, Predicate<Token> finiteVerb, Predicate<Token> opensTime) {
        for (Cue cue : cues) {
            int n = cue.words().size();
            if (i + n > unit.size() || !wordsMatch(cue.words(), unit, i)) {
                continue;
            }
            int end = Clauses.nextBreak(unit, i + n);
            if (end == i + n && end < unit.size()) {
                // "es sei denn, …": the condition is the clause after the comma.
                end = Clauses.nextBreak(unit, end + 1);
            }
            if (cue.needsClause() && (i + n < unit.size() && opensTime.test(unit.get(i + n))
                    || unit.subList(i + n, end).stream().noneMatch(finiteVerb))) {
                continue;
            }
            String words = String.join(" ", unit.subList(i, i + n).stream().map(Token::form).toList());
            int restrictor = cue.kind() == ConditionKind.IF ? restrictorBefore(unit, i) : -1;
            if (restrictor >= 0) {
                return new Found(i, i + n, end, unit.get(restrictor).form() + " … " + words, ConditionKind.ONLY_IF);
            }
            return new Found(i, i + n, end, words, cue.kind());
        }
        return null;
    }

    /** A restrictor in the clause just before a cue that opens after a comma ("erst beginnen, wenn"), or -1. */
    private int restrictorBefore(List<Token> unit, int cue) {
        if (cue == 0 || !Clauses.isBreak(unit.get(cue - 1))) {
            return -1;
        }
        for (int k = cue - 2; k >= 0 && !Clauses.isBreak(unit.get(k)); k--) {
            if (restrictors.contains(CueLexicon.lower(unit.get(k).form()))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean wordsMatch(List<String> words, List<Token> unit, int at) {
        for (int k = 0; k < words.size(); k++) {
            if (!words.get(k).equals(CueLexicon.lower(unit.get(at + k).form()))) {
                return false;
            }
        }
        return true;
    }
}
