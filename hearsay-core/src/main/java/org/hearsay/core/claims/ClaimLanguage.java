package org.hearsay.core.claims;

import java.util.List;
import org.hearsay.core.model.Claim.Orientation;
import org.hearsay.core.model.Token;

/**
 * What a language pack tells {@link ClaimExtractor}: its word lists, and the few grammatical
 * judgements that depend on its tag set and morphology. Everything else about claims is the same
 * in every language.
 */
public interface ClaimLanguage {
    /** The pack's claim word lists. */
    ClaimLexicon lexicon();

    boolean isFiniteVerb(Token t);

    /**
     * Whether token {@code i} of a unit, which follows a clause break, opens a side clause — a
     * relative clause or an adverbial clause ("damit", "because") whose words belong to something
     * other than the claim. The side clause ends at the next break.
     */
    boolean opensSideClause(List<Token> unit, int i);

    /**
     * Which time a clause speaks about, from the tense and mood of its verbs ("werden" +
     * infinitive, "will" + verb → FUTURE; Präteritum, Perfekt, past tense → PAST; else PRESENT).
     *
     * @param clause the first stretch of the claim's own clause that holds a finite verb
     */
    Orientation orientation(List<Token> clause);

    /** Whether a token carries content worth comparing claims by (nouns, full verbs, adjectives). */
    boolean isContentWord(Token t);

    /** Whether a token is a common noun ("Plan", "order"). */
    boolean isNoun(Token t);

    /** Whether a token is a preposition ("von", "nach", "of"). */
    boolean isPreposition(Token t);
}
