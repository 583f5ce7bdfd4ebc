package org.hearsay.core.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortFormsTest {

    @Test
    void shortFormsAreWordsOfMostlyCapitals() {
        for (String word : List.of("SZU", "EZB", "GdP", "U.S.", "UNIFIL")) {
            assertTrue(ShortForms.shortForm(word), word);
        }
        for (String word : List.of("Putin", "A", "Kreml", "ukrainischen")) {
            assertFalse(ShortForms.shortForm(word), word);
        }
    }

    @Test
    void aLongFormNeedsAWordWithTheShortFormsInitialAndIsNoDateline() {
        assertTrue(ShortForms.fits(List.of("ukrainischen", "Streitkräfte"), "SZU"));
        assertTrue(ShortForms.fits(List.of("Gewerkschaft", "der", "Polizei"), "GdP"));
        assertFalse(ShortForms.fits(List.of("New", "Orleans"), "USA"));
        assertFalse(ShortForms.fits(List.of("WASHINGTON"), "AP"));
    }
}
