package org.hearsay.core.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hearsay.core.model.Claim.ClaimTime;
import org.hearsay.core.model.Claim.Condition;
import org.hearsay.core.model.Claim.ConditionKind;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Claim.Orientation;
import org.hearsay.core.model.Span;
import org.junit.jupiter.api.Test;

class ClaimRulesTest {
    private static final Span SPAN = new Span(0, 5);
    private static final Condition UNTIL = new Condition(SPAN, "bis …", "bis", ConditionKind.UNTIL);

    private static ClaimTime deadline(String day, String relation) {
        return new ClaimTime(SPAN, "…", day, relation, day);
    }

    @Test
    void judgeableFromTheDayAfterTheDeadlineOrOnItForBefore() {
        assertEquals("2025-01-01", ClaimRules.judgeableFrom(deadline("2024-12-31", "UNTIL")));
        assertEquals("2025-01-20", ClaimRules.judgeableFrom(deadline("2025-01-20", "BEFORE")));
        assertNull(ClaimRules.judgeableFrom(new ClaimTime(SPAN, "eines Tages", "P1D", null, null)));
        assertNull(ClaimRules.judgeableFrom(null));
    }

    @Test
    void forwardLookingClaimsAreTrackableUnlessSetInThePast() {
        assertTrue(ClaimRules.trackable(Modality.ORDER, Orientation.FUTURE, null, null));
        assertFalse(ClaimRules.trackable(Modality.PLAN, Orientation.PAST, null, null), "gab es den Plan");
        assertFalse(ClaimRules.trackable(Modality.STATEMENT, Orientation.FUTURE, null, null));
        assertFalse(ClaimRules.trackable(Modality.STANCE, Orientation.PRESENT, null, null));
    }

    @Test
    void aRefusalIsTrackableWithAConditionADeadlineOrTheFuture() {
        assertFalse(ClaimRules.trackable(Modality.REFUSAL, Orientation.PRESENT, null, null));
        assertTrue(ClaimRules.trackable(Modality.REFUSAL, Orientation.PRESENT, UNTIL, null));
        assertTrue(ClaimRules.trackable(Modality.REFUSAL, Orientation.PRESENT, null, deadline("2025-03-07", "BY")));
        assertTrue(ClaimRules.trackable(Modality.REFUSAL, Orientation.FUTURE, null, null));
    }

    @Test
    void theStrongestCueWinsAndScheduledNeedsADay() {
        List<CueLexicon.Match> cues = List.of(new CueLexicon.Match(0, Modality.PLAN, Modality.PLAN),
                new CueLexicon.Match(2, Modality.REFUSAL, Modality.STATEMENT),
                new CueLexicon.Match(4, null, Modality.REFUSAL));
        assertEquals(Modality.REFUSAL, ClaimRules.fromCues(cues, false, false), "lehnt den Plan ab");
        assertEquals(Modality.REFUSAL, ClaimRules.fromCues(cues.subList(2, 3), true, false), "keine Verhandlungen");
        assertNull(ClaimRules.fromCues(cues.subList(2, 3), false, false), "Verhandlungen alone mark nothing");
        List<CueLexicon.Match> event = List.of(new CueLexicon.Match(0, Modality.SCHEDULED, Modality.SCHEDULED),
                new CueLexicon.Match(1, Modality.PLAN, Modality.PLAN));
        assertEquals(Modality.SCHEDULED, ClaimRules.fromCues(event, false, true), "am 20. Januar ist die Amtseinführung geplant");
        assertEquals(Modality.PLAN, ClaimRules.fromCues(event, false, false), "no day named");
    }

    @Test
    void withoutACueTheTenseDecides() {
        assertEquals(Modality.FORECAST, ClaimRules.withoutCue(clue(Orientation.FUTURE, UNTIL, false, false)));
        assertEquals(Modality.CONDITION, ClaimRules.withoutCue(clue(Orientation.PRESENT, UNTIL, false, false)));
        assertEquals(Modality.STATEMENT, ClaimRules.withoutCue(clue(Orientation.PAST, UNTIL, false, false)));
        assertEquals(Modality.STATEMENT, ClaimRules.withoutCue(clue(Orientation.PRESENT, null, false, false)));
    }

    @Test
    void aClaimForAFutureDayIsScheduled() {
        assertEquals(Modality.SCHEDULED, ClaimRules.withoutCue(new ClaimRules.Clue(Orientation.FUTURE, null, true, false,
                false)), "Das Konzert beginnt am Freitag");
        assertEquals(Modality.FORECAST, ClaimRules.withoutCue(new ClaimRules.Clue(Orientation.FUTURE, null, false, false,
                false)), "Das Konzert wird bis Freitag beginnen");
        assertEquals(Modality.PROMISE, ClaimRules.withoutCue(new ClaimRules.Clue(Orientation.FUTURE, null, true, true,
                false)), "Ich werde am Freitag einen Bericht vorlegen");
    }

    @Test
    void aReportThatACommitmentWasKeptWinsOverTheCommitment() {
        List<CueLexicon.Match> cues = List.of(new CueLexicon.Match(0, Modality.STATEMENT, Modality.STATEMENT),
                new CueLexicon.Match(3, Modality.PROMISE, Modality.PROMISE));
        assertEquals(Modality.STATEMENT, ClaimRules.fromCues(cues, false, false), "made good on its promise");
    }

    @Test
    void aSpeakersOwnActIsAPromiseOrARefusal() {
        assertEquals(Modality.PROMISE, ClaimRules.withoutCue(clue(Orientation.FUTURE, null, true, false)), "Wir schicken …");
        assertEquals(Modality.REFUSAL, ClaimRules.withoutCue(clue(Orientation.PRESENT, UNTIL, true, true)),
                "Wenn …, setzen wir uns nicht an den Tisch");
        assertEquals(Modality.STATEMENT, ClaimRules.withoutCue(clue(Orientation.PRESENT, null, true, false)), "Wir sind bereit");
    }

    private static ClaimRules.Clue clue(Orientation orientation, Condition condition, boolean ownAct, boolean negated) {
        return new ClaimRules.Clue(orientation, condition, false, ownAct, negated);
    }

    @Test
    void aFutureDeadlineOrAForwardModalityMovesTheOrientation() {
        assertEquals(Orientation.FUTURE, ClaimRules.orientation(Orientation.PAST, Modality.ORDER, true), "hat den Befehl erhalten, … vor …");
        assertEquals(Orientation.FUTURE, ClaimRules.orientation(Orientation.PAST, Modality.ORDER, false), "Ein Befehl wurde erteilt");
        assertEquals(Orientation.PAST, ClaimRules.orientation(Orientation.PAST, Modality.PLAN, false), "gab es den Plan");
        assertEquals(Orientation.FUTURE, ClaimRules.orientation(Orientation.PRESENT, Modality.PROMISE, false));
        assertEquals(Orientation.PRESENT, ClaimRules.orientation(Orientation.PRESENT, Modality.REFUSAL, false));
        assertEquals(Orientation.PRESENT, ClaimRules.orientation(Orientation.PRESENT, null, false));
    }
}
