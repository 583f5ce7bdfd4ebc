package org.hearsay.lang.de.coreference;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearsay.core.entities.Candidate;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;

/** Read-only view of one analysis's tokens for the coreference rules, with clause numbers. One per call. */
final class Words {
    final Analysis analysis;
    final List<Token> tokens;
    private final int[] clause;

    Words(Analysis analysis) {
        this.analysis = analysis;
        this.tokens = analysis.get(Layers.TOKENS);
        this.clause = clauses(tokens);
    }

    /**
     * Clause numbers: a new clause at every sentence, punctuation mark and subordinating
     * conjunction. Coarse, but enough to tell "Er erinnerte an das Attentat auf ihn" (one clause)
     * from "Er betonte, dass es ihm …" (two).
     */
    private static int[] clauses(List<Token> tokens) {
        int[] clause = new int[tokens.size()];
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0 && (t.sentence() != tokens.get(i - 1).sentence() || t.pos().startsWith("$") || t.pos().equals("KOUS"))) {
                n++;
            }
            clause[i] = n;
        }
        return clause;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String pos(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).pos();
    }

    String lemma(int i) {
        Token t = tokens.get(i);
        return t.lemma() == null ? t.form() : t.lemma();
    }

    boolean sameSentence(int i, int j) {
        return i >= 0 && j >= 0 && i < tokens.size() && j < tokens.size() && tokens.get(i).sentence() == tokens.get(j).sentence();
    }

    /** A feature's value when the tagger left only one ("Case=Nom"), else null. */
    String single(int i, String feature) {
        String value = tokens.get(i).feature(feature);
        return value == null || value.contains(",") ? null : value;
    }

    /**
     * The one value of a feature that all words of a noun phrase [first, end) allow ("die" Fem or
     * Plur, "Landrätin" Fem → Fem), or null when none or several remain. Words without it do not count.
     */
    String agreed(int first, int end, String feature) {
        Set<String> left = allowed(first, end, feature);
        return left != null && left.size() == 1 ? left.iterator().next() : null;
    }

    /**
     * Whether the noun phrase [first, end) is the subject: nominative by its words' case, or
     * nominative among other cases and standing where a German subject stands — first in its
     * clause right before the finite verb ("Der Bürgermeister lobte"), or right after a finite
     * verb that no subject precedes ("„…“, sagte Keller", "Später rief Vogt …").
     */
    boolean subject(int first, int end) {
        Set<String> cases = allowed(first, end, "Case");
        if (cases != null && !cases.contains("Nom")) {
            return false;
        }
        if (cases != null && cases.size() == 1) {
            return true;
        }
        boolean clauseStart = !sameSentence(first - 1, first) || pos(first - 1).startsWith("$") || pos(first - 1).equals("KOUS");
        if (clauseStart && sameSentence(first, end) && finiteVerb(end)) {
            return true;
        }
        int verb = first - 1;
        return sameSentence(verb, first) && finiteVerb(verb) && !subjectWord(verb - 1) && sameSentence(verb - 1, verb);
    }

    private boolean subjectWord(int i) {
        String pos = pos(i);
        String cases = i < 0 ? null : tokens.get(i).feature("Case");
        return (pos.equals("NN") || pos.equals("NE") || pos.equals("PPER") || pos.equals("PDS"))
                && (cases == null || cases.contains("Nom"));
    }

    /** The values of a feature all words of [first, end) that carry it allow; null when none carries it. */
    private Set<String> allowed(int first, int end, String feature) {
        Set<String> left = null;
        for (int i = first; i < end; i++) {
            String value = tokens.get(i).feature(feature);
            if (value != null) {
                Set<String> values = Set.of(value.split(","));
                if (left == null) {
                    left = new HashSet<>(values);
                } else {
                    left.retainAll(values);
                }
            }
        }
        return left;
    }

    boolean finiteVerb(int i) {
        String pos = pos(i);
        return pos.length() == 5 && pos.startsWith("V") && pos.endsWith("FIN");
    }

    /** The text between two adjacent tokens reduced to what joins words in a name: a space or nothing. */
    String joiner(int i) {
        return tokens.get(i - 1).span().end() < tokens.get(i).span().start() ? " " : "";
    }

    /** The smallest token range covering a span. */
    int[] range(Span span) {
        int first = 0;
        while (first < tokens.size() - 1 && tokens.get(first).span().end() <= span.start()) {
            first++;
        }
        int end = first;
        while (end < tokens.size() && tokens.get(end).span().start() < span.end()) {
            end++;
        }
        return new int[] {first, Math.max(end, first + 1)};
    }

    Candidate candidate(Candidate.Kind kind, int first, int end, String type, String base, String gender, boolean plural,
                        boolean nominative, boolean demonstrative, boolean actor) {
        Span span = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
        return new Candidate(kind, span, first, end, tokens.get(first).sentence(), clause[end - 1], type, base, gender,
                plural, nominative, demonstrative, actor, -1);
    }
}
