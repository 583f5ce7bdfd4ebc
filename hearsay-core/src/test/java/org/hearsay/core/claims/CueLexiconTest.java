package org.hearsay.core.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
    private static final CueLexicon LEXICON = new CueLexicon(List.of(
            "Plan\tPLAN", "*verhandlung\t-\tREFUSAL", "=soll\tPLAN", "halten … für\tSTANCE"));

    /** Tokens of "form/lemma" pairs separated by spaces. */
    private static List<Token> tokens(String words) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : words.split(" ")) {
            String[] parts = w.split("/");
            out.add(new Token(out.size(), new Span(at, at + parts[0].length()), 0, parts[0], "X",
                    parts.length > 1 ? parts[1] : parts[0], Map.of()));
            at += parts[0].length() + 1;
        }
        return out;
    }

    private static List<Modality> found(String words, boolean negated) {
        return LEXICON.find(tokens(words)).stream().map(m -> m.modality(negated)).toList();
    }

    @Test
    void lemmasFormsAndCompoundHeads() {
        assertEquals(List.of(Modality.PLAN), found("gab es den Pläne/Plan", false));
        assertEquals(Arrays.asList((Modality) null), found("keine Friedensverhandlungen/Friedensverhandlung", false));
        assertEquals(List.of(Modality.REFUSAL), found("keine Friedensverhandlungen/Friedensverhandlung", true));
    }

    @Test
    void aCueCanAskForAnActor() {
        CueLexicon lexicon = new CueLexicon(List.of("werden\t-\tREFUSAL\tactor", "Plan\tPLAN"));
        List<CueLexicon.Match> found = lexicon.find(tokens("Der Plan wird/werden nicht kommen"));
        assertEquals(List.of(false, true), found.stream().map(CueLexicon.Match::needsActor).toList());
    }

    @Test
    void formOnlyEntriesIgnoreTheLemma() {
        assertEquals(List.of(Modality.PLAN), found("Die Brücke soll/sollen bald öffnen", false));
        assertEquals(List.of(), found("Die Bürger sollten/sollen vorsichtig sein", false));
    }

    @Test
    void aGapSkipsWordsButNotAClauseBreak() {
        assertEquals(List.of(Modality.STANCE), found("Sie hält/halten ein Tempolimit dort für überflüssig", false));
        assertEquals(List.of(), found("Sie hält/halten , was sie sagt , für überflüssig", false));
    }
}
