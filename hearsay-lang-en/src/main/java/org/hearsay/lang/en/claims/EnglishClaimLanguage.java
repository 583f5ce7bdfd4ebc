package org.hearsay.lang.en.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hearsay.core.claims.ClaimLanguage;
import org.hearsay.core.claims.ClaimLexicon;
import org.hearsay.core.model.Claim.Orientation;
import org.hearsay.core.model.Token;

/** English claim knowledge: the word lists of this package, finite verbs, side clauses and tense from Penn tags. */
public final class EnglishClaimLanguage implements ClaimLanguage {
    public static final EnglishClaimLanguage INSTANCE = new EnglishClaimLanguage();

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Subordinating conjunctions whose clause says why or how, not what is claimed. */
    private static final Set<String> ADVERBIAL = Set.of("because", "although", "though", "whereas", "since", "as");
    private static final Set<String> FUTURE_MODALS = Set.of("will", "wo", "'ll", "shall", "would", "'d");

    private final ClaimLexicon lexicon = ClaimLexicon.load(EnglishClaimLanguage.class);

    private EnglishClaimLanguage() {
    }

    @Override
    public ClaimLexicon lexicon() {
        return lexicon;
    }

    @Override
    public boolean isFiniteVerb(Token t) {
        return FINITE.contains(t.pos());
    }

    @Override
    public boolean opensSideClause(List<Token> unit, int i) {
        Token t = unit.get(i);
        return switch (t.pos() == null ? "" : t.pos()) {
            case "WDT", "WP", "WP$" -> true;
            case "IN" -> ADVERBIAL.contains(t.form().toLowerCase(Locale.ROOT));
            default -> false;
        };
    }

    /**
     * "will"/"shall"/"would" and "be going to" look ahead; the simple past and the present perfect
     * ("has doubled") look back; everything else is PRESENT.
     */
    @Override
    public Orientation orientation(List<Token> clause) {
        int at = 0;
        while (!isFiniteVerb(clause.get(at))) {
            at++;
        }
        Token finite = clause.get(at);
        String form = finite.form().toLowerCase(Locale.ROOT);
        if (finite.pos().equals("MD")) {
            return FUTURE_MODALS.contains(form) ? Orientation.FUTURE : Orientation.PRESENT;
        }
        if (at + 2 < clause.size() && "be".equals(finite.lemma()) && clause.get(at + 1).form().equals("going")
                && clause.get(at + 2).form().equals("to")) {
            return Orientation.FUTURE;
        }
        if (finite.pos().equals("VBD")) {
            return Orientation.PAST;
        }
        boolean participle = clause.subList(at + 1, clause.size()).stream().anyMatch(t -> "VBN".equals(t.pos()));
        return "have".equals(finite.lemma()) && participle ? Orientation.PAST : Orientation.PRESENT;
    }

    @Override
    public boolean isContentWord(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        return pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ");
    }

    @Override
    public boolean isNoun(Token t) {
        return "NN".equals(t.pos()) || "NNS".equals(t.pos());
    }

    @Override
    public boolean isPreposition(Token t) {
        return "IN".equals(t.pos());
    }
}
