package org.hearsay.core.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Claim.Polarity;
import org.junit.jupiter.api.Test;

class RestatementsTest {
    private static Restatements.Gist gist(Modality m, Polarity p, Set<String> said, Set<String> condition) {
        return new Restatements.Gist(said, condition, m, p);
    }

    private static Restatements.Gist said(Modality m, String... words) {
        return gist(m, Polarity.POSITIVE, Set.of(words), Set.of());
    }

    @Test
    void sharedWordsLinkALaterClaimToAnEarlierOne() {
        List<List<Integer>> links = Restatements.link(List.of(
                said(Modality.ORDER, "kommando", "befehl", "erhalten", "#e1", "verdrängen"),
                said(Modality.ORDER, "aufgabe", "kommando", "verdrängen"),
                said(Modality.STATEMENT, "brücke", "bauen")));
        assertEquals(List.of(List.of(), List.of(0), List.of()), links);
    }

    @Test
    void compoundsShareTheirHeadButEntitiesAndShortEndingsDoNot() {
        assertEquals(List.of(List.of(), List.of(0)), Restatements.link(List.of(
                said(Modality.PLAN, "friedensverhandlung", "kreml"), said(Modality.PLAN, "verhandlung", "kreml"))));
        assertEquals(List.of(List.of(), List.of()), Restatements.link(List.of(
                said(Modality.PLAN, "abend", "kreml"), said(Modality.PLAN, "end", "kreml", "woche"))));
    }

    @Test
    void polarityAndModalityMustAgreeOrBothLookAhead() {
        Restatements.Gist forecast = said(Modality.FORECAST, "putin", "vorschlagen", "krieg");
        Restatements.Gist condition = said(Modality.CONDITION, "putin", "vorschlagen", "krieg");
        Restatements.Gist statement = said(Modality.STATEMENT, "putin", "vorschlagen", "krieg");
        Restatements.Gist negated = gist(Modality.FORECAST, Polarity.NEGATIVE, Set.of("putin", "vorschlagen", "krieg"), Set.of());
        assertEquals(List.of(List.of(), List.of(0), List.of(), List.of()),
                Restatements.link(List.of(forecast, condition, statement, negated)));
    }

    @Test
    void wordsAQuarterOfTheClaimsUseTellNothing() {
        List<Restatements.Gist> gists = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            gists.add(said(Modality.STATEMENT, "#kursk", "gebiet", "wort" + i));
        }
        Restatements.link(gists).forEach(links -> assertEquals(List.of(), links));
    }

    @Test
    void twoConditionalClaimsShareWhatTheyCommitToAndTheirCondition() {
        Restatements.Gist lead = gist(Modality.REFUSAL, Polarity.NEGATIVE, Set.of("#kreml", "friedensverhandlung", "#ukraine"),
                Set.of("#kursk", "befreien"));
        Restatements.Gist body = gist(Modality.REFUSAL, Polarity.NEGATIVE, Set.of("wirklichkeit", "verhandlung"),
                Set.of("#streitkräfte", "#kursk", "bleiben"));
        assertEquals(List.of(List.of(), List.of(0)), Restatements.link(List.of(lead, body)));
    }
}
