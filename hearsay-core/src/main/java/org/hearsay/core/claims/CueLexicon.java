package org.hearsay.core.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Token;

/**
 * Words and phrases that mark a claim's modality, read from a pack's word list. A line is
 * {@code words <TAB> modality [<TAB> modality when negated]}: the words are matched against each
 * token's lemma or lower-case form, one pattern per token; a pattern starting with "*" matches a
 * word ending in the rest, so German compounds find their head ("*verhandlung" in
 * "Friedensverhandlungen"), and one starting with "=" matches the form only ("=soll" is a plan,
 * "sollte" with the same lemma is advice); "…" stands for up to six words of the same clause
 * ("halten … für"). A modality of "-" means the phrase marks nothing unless negated
 * ("keine Verhandlungen" is a refusal, "Verhandlungen" alone is not). A fourth column "actor" marks
 * a cue that counts only when the clause names someone who can act on it: "wird nicht
 * unterschreiben" is a refusal of the government, "Die Preise werden nicht fallen" a forecast.
 */
public final class CueLexicon {
    private static final String GAP = "…";
    private static final int MAX_GAP = 6;
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final List<Entry> bySuffix = new ArrayList<>();

    /** One cue: its word patterns and what it marks, plain and negated (null: nothing). */
    record Entry(List<String> words, Modality plain, Modality negated, boolean needsActor) {
    }

    /** A cue found in a clause, at its token {@code token}; {@code phrase} when it has several words. */
    public record Match(int token, Modality plain, Modality negated, boolean needsActor, boolean phrase) {
        public Match(int token, Modality plain, Modality negated) {
            this(token, plain, negated, false, false);
        }

        /** The modality this cue gives the clause, or null when it gives none. */
        public Modality modality(boolean clauseNegated) {
            return clauseNegated ? negated : plain;
        }
    }

    public CueLexicon(List<String> lines) {
        for (String line : lines) {
            String[] cols = line.split("\t");
            Modality plain = modality(cols[1]);
            Modality negated = cols.length > 2 ? modality(cols[2]) : plain;
            List<String> words = List.of(cols[0].toLowerCase(Locale.ROOT).split(" "));
            Entry entry = new Entry(words, plain, negated, cols.length > 3 && cols[3].equals("actor"));
            if (words.get(0).startsWith("*")) {
                bySuffix.add(entry);
            } else {
                byFirstWord.computeIfAbsent(words.get(0).replaceFirst("^=", ""), w -> new ArrayList<>()).add(entry);
            }
        }
    }

    private static Modality modality(String col) {
        return col.equals("-") ? null : Modality.valueOf(col);
    }

    /** Every cue that starts at a token of {@code clause}, in token order. */
    public List<Match> find(List<Token> clause) {
        List<Match> found = new ArrayList<>();
        for (int i = 0; i < clause.size(); i++) {
            Token t = clause.get(i);
            for (Entry e : byFirstWord.getOrDefault(lower(t.form()), List.of())) {
                addIfMatches(e, clause, i, found);
            }
            String lemma = t.lemma() == null ? null : lower(t.lemma());
            if (lemma != null && !lemma.equals(lower(t.form()))) {
                for (Entry e : byFirstWord.getOrDefault(lemma, List.of())) {
                    addIfMatches(e, clause, i, found);
                }
            }
            for (Entry e : bySuffix) {
                addIfMatches(e, clause, i, found);
            }
        }
        return found;
    }

    private static void addIfMatches(Entry e, List<Token> clause, int at, List<Match> into) {
        if (matchesFrom(e.words(), 0, clause, at)) {
            into.add(new Match(at, e.plain(), e.negated(), e.needsActor(), e.words().size() > 1));
        }
    }

    /**
     * Whether {@code words} from index {@code w} on match the clause from token {@code at} on; a
     * "…" skips up to {@value #MAX_GAP} tokens within the clause ("halten … für": "hält ein
     * Tempolimit dort für überflüssig").
     */
    static boolean matchesFrom(List<String> words, int w, List<Token> clause, int at) {
        if (w == words.size()) {
            return true;
        }
        if (words.get(w).equals(GAP)) {
            for (int skip = 0; skip <= MAX_GAP && at + skip <= clause.size(); skip++) {
                if (skip > 0 && Clauses.isBreak(clause.get(at + skip - 1))) {
                    return false;
                }
                if (matchesFrom(words, w + 1, clause, at + skip)) {
                    return true;
                }
            }
            return false;
        }
        return at < clause.size() && matches(words.get(w), clause.get(at)) && matchesFrom(words, w + 1, clause, at + 1);
    }

    static boolean matches(String pattern, Token t) {
        String form = lower(t.form());
        String lemma = t.lemma() == null ? form : lower(t.lemma());
        if (pattern.startsWith("=")) {
            return pattern.substring(1).equals(form);
        }
        if (pattern.startsWith("*")) {
            String suffix = pattern.substring(1);
            return lemma.endsWith(suffix) || form.endsWith(suffix);
        }
        return pattern.equals(form) || pattern.equals(lemma);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
