package org.hearsay.lang.de.claims;

import static org.hearsay.lang.de.claims.ClaimFixture.claim;
import static org.hearsay.lang.de.claims.ClaimFixture.holderName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Claim.Orientation;
import org.hearsay.core.model.Claim.Polarity;
import org.junit.jupiter.api.Test;

/**
 * Promises, deadlines, reports of earlier commitments, refusals and noun cues on invented news
 * paragraphs, published on Monday, 3 March 2025.
 */
class CommitmentReadingTest {
    private static final LocalDateTime MONDAY = LocalDateTime.of(2025, 3, 3, 10, 0);

    private static Analysis analyse(String paragraphs) {
        return ClaimFixture.analyse("Fähre nach Brella\nDer Hafenrat hat am Montag getagt.\n03.03.2025 10:00\n" + paragraphs,
                MONDAY);
    }

    @Test
    void aSpeakersOwnFutureInAQuoteIsAPromiseEvenOnANamedDay() {
        Analysis a = analyse("„Ich werde den neuen Anleger am 20. März eröffnen“, sagte Hafenministerin Edda Lomm. "
                + "„Wir werden bis Ende April vierzig Lotsen einstellen“, sagte Hafenchef Ivo Sand.");
        Claim pier = claim(a, "den neuen Anleger");
        assertEquals(Modality.PROMISE, pier.modality(), ClaimFixture.describe(a));
        assertEquals("Edda Lomm", holderName(a, pier));
        assertTrue(pier.trackable());
        Claim pilots = claim(a, "vierzig Lotsen");
        assertEquals(Modality.PROMISE, pilots.modality());
        assertEquals("2025-04-30", pilots.time().deadline());
    }

    @Test
    void bisBeforeATimeIsADeadlineNotACondition() {
        Analysis a = analyse("Bis Ende des Monats werden die Werften einen neuen Vertrag unterschreiben. "
                + "Bis Freitag wird der Hafenrat über das Angebot entscheiden. "
                + "Die Fähre bleibt im Hafen, bis der Sturm nachlässt.");
        Claim contract = claim(a, "einen neuen Vertrag");
        assertNull(contract.condition(), ClaimFixture.describe(a));
        assertEquals("2025-03-31", contract.time().deadline());
        assertEquals(Modality.FORECAST, contract.modality());
        assertTrue(contract.trackable());
        Claim decision = claim(a, "über das Angebot");
        assertNull(decision.condition());
        assertEquals("2025-03-07", decision.time().deadline());
        assertEquals("bis", claim(a, "bis der Sturm").condition().cue(), "a clause after bis stays a condition");
    }

    @Test
    void reportsOfEarlierCommitmentsAreNoNewOnes() {
        Analysis a = analyse("Hafenministerin Edda Lomm hatte im Januar versprochen, die Fährlinie wieder zu öffnen. "
                + "Die Werft hatte angekündigt, zwei Schiffe zu bauen. Der Hafenrat hielt sein Wort.");
        for (String phrase : List.of("die Fährlinie wieder zu öffnen", "zwei Schiffe zu bauen", "hielt sein Wort")) {
            Claim c = claim(a, phrase);
            assertFalse(c.trackable(), phrase + "\n" + ClaimFixture.describe(a));
            assertEquals(Orientation.PAST, c.orientation(), phrase);
        }
    }

    @Test
    void aHeadlineDateWithoutAFutureVerbIsNoTrackableClaim() {
        Analysis a = ClaimFixture.analyse("""
                Hafenrat vertagt Entscheidung über Fähre bis Dezember
                Der Hafenrat will die Fährlinie bis Juni verlängern.
                03.03.2025 10:00
                Die Entscheidung fiel am Montag.""", MONDAY);
        Claim title = claim(a, "vertagt Entscheidung");
        assertFalse(title.trackable(), ClaimFixture.describe(a));
        assertTrue(claim(a, "will die Fährlinie").trackable(), "a title or lead with a modal still looks ahead");
    }

    @Test
    void aNegatedFutureIsARefusalOnlyForSomeoneWhoCanRefuse() {
        Analysis a = analyse("„Die Ticketpreise werden in diesem Jahr nicht fallen“, sagte der Ökonom Nils Varg. "
                + "„Die Regierung wird den Anleger nicht verkaufen“, sagte Hafenministerin Edda Lomm.");
        Claim prices = claim(a, "Ticketpreise");
        assertEquals(Modality.FORECAST, prices.modality(), ClaimFixture.describe(a));
        assertEquals(Polarity.NEGATIVE, prices.polarity());
        assertEquals(Modality.REFUSAL, claim(a, "den Anleger nicht verkaufen").modality());
    }

    @Test
    void aNounCueCountsOnlyAsTheHeadOfTheStatement() {
        Analysis a = analyse("Der Minister sprach lange über den Plan. Die Werft hat die Umsetzung des Plans begonnen. "
                + "Es gibt einen Plan, den Anleger im Mai zu schließen. Der Hafenrat hat den Befehl gegeben, die Fähre zu stoppen.");
        assertEquals(Modality.STATEMENT, claim(a, "sprach lange").modality(), ClaimFixture.describe(a));
        assertEquals(Modality.STATEMENT, claim(a, "Umsetzung des Plans").modality());
        assertEquals(Modality.PLAN, claim(a, "Es gibt einen Plan").modality());
        assertEquals(Modality.ORDER, claim(a, "den Befehl gegeben").modality());
    }

    @Test
    void whatSomeoneMustDoIsAnOrder() {
        Analysis a = analyse("„Die Werft muss den Anleger bis Freitag räumen“, sagte Hafenministerin Edda Lomm.");
        Claim order = claim(a, "den Anleger bis Freitag");
        assertEquals(Modality.ORDER, order.modality(), ClaimFixture.describe(a));
        assertEquals("2025-03-07", order.time().deadline());
    }

    @Test
    void aPastPassiveOfWerdenLooksBack() {
        Analysis a = analyse("Am Kai wurden am Vormittag die ersten Fähren seit Wochen beladen.");
        Claim loaded = claim(a, "beladen");
        assertEquals(Orientation.PAST, loaded.orientation(), ClaimFixture.describe(a));
        assertFalse(loaded.trackable());
    }

    @Test
    void aNegatedNounAttachedToAnotherIsNoRefusal() {
        Analysis a = analyse("Der Hafenrat äußerte sich am Freitag nicht zum Stand der Verhandlungen. "
                + "Keine Verhandlungen mit der Werft, solange der Anleger gesperrt ist.");
        assertEquals(Modality.STATEMENT, claim(a, "zum Stand der Verhandlungen").modality(), ClaimFixture.describe(a));
        assertEquals(Modality.REFUSAL, claim(a, "Keine Verhandlungen mit der Werft").modality());
    }
}
