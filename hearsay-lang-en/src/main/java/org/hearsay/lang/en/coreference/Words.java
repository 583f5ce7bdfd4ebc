package org.hearsay.lang.en.coreference;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hearsay.core.entities.Candidate;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;

/** Read-only view of one analysis's tokens for the English coreference rules, with clause numbers. */
final class Words {
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    final Analysis analysis;
    final List<Token> tokens;
    private final int[] clause;

    Words(Analysis analysis, Set<String> subordinators) {
        this.analysis = analysis;
        this.tokens = analysis.get(Layers.TOKENS);
        this.clause = new int[tokens.size()];
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean opens = t.pos().length() == 1 || t.pos().equals(",") || t.pos().equals(":") || t.pos().equals("``")
                    || t.pos().equals("''") || t.pos().equals("-LRB-") || subordinators.contains(lower(i));
            if (i > 0 && (t.sentence() != tokens.get(i - 1).sentence() || opens)) {
                n++;
            }
            clause[i] = n;
        }
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

    String lower(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).form().toLowerCase(Locale.ROOT);
    }

    String lemma(int i) {
        Token t = tokens.get(i);
        return (t.lemma() == null ? t.form() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    boolean sameSentence(int i, int j) {
        return i >= 0 && j >= 0 && i < tokens.size() && j < tokens.size() && tokens.get(i).sentence() == tokens.get(j).sentence();
    }

    boolean finiteVerb(int i) {
        return FINITE.contains(pos(i));
    }

    boolean capitalised(int i) {
        String form = tokens.get(i).form();
        return !form.isEmpty() && Character.isUpperCase(form.charAt(0));
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

    /** The words [first, end) as written, joined by a space where the text has white space. */
    String text(int first, int end) {
        StringBuilder s = new StringBuilder(tokens.get(first).form());
        for (int i = first + 1; i < end; i++) {
            s.append(tokens.get(i - 1).span().end() < tokens.get(i).span().start() ? " " : "").append(tokens.get(i).form());
        }
        return s.toString();
    }

    Candidate candidate(Candidate.Kind kind, int first, int end, String type, String base, String gender, boolean plural,
                        boolean nominative, boolean actor) {
        Span span = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
        return new Candidate(kind, span, first, end, tokens.get(first).sentence(), clause[end - 1], type, base, gender,
                plural, nominative, false, actor, -1);
    }
}
