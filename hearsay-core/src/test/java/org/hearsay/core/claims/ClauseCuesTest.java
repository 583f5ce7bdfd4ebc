package org.hearsay.core.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Claim.Orientation;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.junit.jupiter.api.Test;

/** Which cues count; where a noun cue heads its clause is tested with the packs' word lists. */
class ClauseCuesTest {
    /** A language of three tags: N (noun), P (preposition), V (finite verb); anything else is neither. */
    private static final ClaimLanguage TAGS = new ClaimLanguage() {
        @Override
        public ClaimLexicon lexicon() {
            throw new UnsupportedOperationException("word lists live in the language packs");
        }

        @Override
        public boolean isFiniteVerb(Token t) {
            return t.pos().equals("V");
        }

        @Override
        public boolean opensSideClause(List<Token> unit, int i) {
            return false;
        }

        @Override
        public Orientation orientation(List<Token> clause) {
            return Orientation.PRESENT;
        }

        @Override
        public boolean isContentWord(Token t) {
            return t.pos().equals("N");
        }

        @Override
        public boolean isNoun(Token t) {
            return t.pos().equals("N");
        }

        @Override
        public boolean isPreposition(Token t) {
            return t.pos().equals("P");
        }
    };

    /** Tokens of "form/TAG" pairs separated by spaces. */
    private static List<Token> tokens(String words) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : words.split(" ")) {
            String[] parts = w.split("/");
            out.add(new Token(out.size(), new Span(at, at + parts[0].length()), 0, parts[0], parts.length > 1 ? parts[1] : "X",
                    parts[0], Map.of()));
            at += parts[0].length() + 1;
        }
        return out;
    }

    @Test
    void cuesThatNeedAnActorCountOnlyWithOne() {
        List<CueLexicon.Match> cues = List.of(new CueLexicon.Match(1, null, Modality.REFUSAL, true, false));
        List<Token> clause = tokens("Preise werden/V nicht fallen");
        assertEquals(List.of(), ClauseCues.counting(cues, clause, false, TAGS));
        assertEquals(cues, ClauseCues.counting(cues, clause, true, TAGS));
    }
}
