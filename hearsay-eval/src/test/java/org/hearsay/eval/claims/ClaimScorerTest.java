package org.hearsay.eval.claims;

import static org.hearsay.eval.claims.ClaimFixtures.TEXT;
import static org.hearsay.eval.claims.ClaimFixtures.claim;
import static org.hearsay.eval.claims.ClaimFixtures.paragraph;
import static org.hearsay.eval.claims.ClaimFixtures.perfect;
import static org.hearsay.eval.claims.ClaimFixtures.plan;
import static org.hearsay.eval.claims.ClaimFixtures.promise;
import static org.hearsay.eval.claims.ClaimFixtures.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Claim.Orientation;
import org.hearsay.core.model.Source;
import org.junit.jupiter.api.Test;

class ClaimScorerTest {
    /** Keller as the quotation stage would give her: introduced by her office, named in a mention. */
    private static final Source KELLER = new Source("s1", Source.Kind.NAMED_PERSON, "Bürgermeisterin",
            List.of(span("Bürgermeisterin Anja Keller"), span("sie")), null, null, null, false);

    private static ClaimScores score(List<Claim> claims) {
        List<PredictedClaim> predicted = claims.stream()
                .map(c -> PredictedClaim.of(c, Map.of(KELLER.id(), KELLER), TEXT)).toList();
        ClaimScorer scorer = new ClaimScorer();
        scorer.add(paragraph(), predicted);
        return scorer.scores();
    }

    @Test
    void aPerfectPredictionScoresOneEverywhere() {
        ClaimScores s = score(perfect());
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
        assertEquals(1.0, s.f1());
        for (ClaimField field : ClaimField.values()) {
            assertEquals(1.0, s.accuracy(field), field.label());
        }
        assertEquals(1, s.confused(Modality.PROMISE, Modality.PROMISE));
        assertEquals(List.of(), s.errors());
    }

    @Test
    void aWrongModalityLowersOnlyThatField() {
        ClaimScores s = score(List.of(perfect().get(0), promise(Modality.FORECAST), plan()));
        assertEquals(1.0, s.f1());
        for (ClaimField field : ClaimField.values()) {
            assertEquals(field == ClaimField.MODALITY ? 2.0 / 3 : 1.0, s.accuracy(field), 1e-9, field.label());
        }
        assertEquals(1, s.confused(Modality.PROMISE, Modality.FORECAST));
        assertEquals(0, s.confused(Modality.PROMISE, Modality.PROMISE));
        assertEquals(List.of(new ClaimError("de-99", "modality", "PROMISE", "FORECAST", "die Brücke bis Ende Juni zu öffnen")),
                s.errors());
    }

    @Test
    void anUnmatchedGoldClaimLowersRecall() {
        ClaimScores s = score(List.of(perfect().get(0), plan()));
        assertEquals(1.0, s.precision());
        assertEquals(2.0 / 3, s.recall(), 1e-9);
        assertEquals(1.0, s.accuracy(ClaimField.MODALITY));
        assertEquals(List.of(new ClaimError("de-99", "missed", "PROMISE (Keller)", "-", "die Brücke bis Ende Juni zu öffnen")),
                s.errors());
    }

    @Test
    void anExtraPredictionLowersPrecision() {
        List<Claim> claims = new ArrayList<>(perfect());
        claims.add(claim("Bürgermeisterin Anja Keller versprach", null, Modality.STATEMENT, Orientation.PAST, null,
                null, false));
        ClaimScores s = score(claims);
        assertEquals(0.75, s.precision(), 1e-9);
        assertEquals(1.0, s.recall());
        assertEquals(List.of(new ClaimError("de-99", "spurious", "-", "STATEMENT (article)",
                "Bürgermeisterin Anja Keller versprach")),
                s.errors());
    }

    @Test
    void theHolderMustBeTheArticleOrASourceNamingTheGoldHolder() {
        Claim byArticle = claim("die Brücke bis Ende Juni zu öffnen", null, Modality.PROMISE, Orientation.FUTURE, null,
                "2026-06-30", true);
        Claim bySomeoneElse = claim("Die Stadtkasse ist leer.", "s1", Modality.STATEMENT, Orientation.PRESENT, null,
                null, false);
        ClaimScores s = score(List.of(bySomeoneElse, byArticle, plan()));
        assertEquals(1.0 / 3, s.accuracy(ClaimField.HOLDER), 1e-9);
        assertEquals(List.of("article/Bürgermeisterin", "Keller/article"), s.errors().stream()
                .map(e -> e.gold() + "/" + e.predicted()).toList());
    }

    @Test
    void aMissingConditionAndDeadlineAreFieldErrors() {
        Claim bare = claim("Solange es friert, ruht die Baustelle", "s1", Modality.PLAN, Orientation.FUTURE, null,
                "2026-04-01", true);
        ClaimScores s = score(List.of(perfect().get(0), promise(Modality.PROMISE), bare));
        assertEquals(2.0 / 3, s.accuracy(ClaimField.CONDITION), 1e-9);
        assertEquals(2.0 / 3, s.accuracy(ClaimField.CUE), 1e-9);
        assertEquals(2.0 / 3, s.accuracy(ClaimField.DEADLINE), 1e-9);
        assertEquals(1.0, s.accuracy(ClaimField.TRACKABLE));
    }

    @Test
    void scoresOfTwoRunsAddUp() {
        ClaimScores both = score(perfect()).plus(score(List.of()));
        assertEquals(2, both.paragraphs());
        assertEquals(6, both.gold());
        assertEquals(3, both.matched());
        assertEquals(0.5, both.recall());
        assertEquals(1.0, both.precision());
        assertEquals(1.0, both.accuracy(ClaimField.HOLDER));
        assertEquals(2, both.confused(Modality.PLAN, Modality.PLAN) + both.confused(Modality.PROMISE, Modality.PROMISE));
        assertEquals(3, both.errors().size());
    }

    @Test
    void nothingPredictedGivesZeroesAndNoFieldAccuracy() {
        ClaimScores s = score(List.of());
        assertEquals(0.0, s.precision());
        assertEquals(0.0, s.f1());
        assertTrue(Double.isNaN(s.accuracy(ClaimField.MODALITY)));
        assertFalse(s.errors().isEmpty());
    }
}
