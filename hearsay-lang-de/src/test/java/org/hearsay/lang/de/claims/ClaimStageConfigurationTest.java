package org.hearsay.lang.de.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hearsay.core.claims.ClaimLexicon;
import org.hearsay.core.claims.ClaimStage;
import org.junit.jupiter.api.Test;

class ClaimStageConfigurationTest {
    @Test
    void theWordListsAreHashedIntoTheStageConfiguration() {
        String fingerprint = ClaimLexicon.load(GermanClaimLanguage.class).fingerprint();
        assertEquals(fingerprint, ClaimLexicon.load(GermanClaimLanguage.class).fingerprint(), "stable across loads");
        assertTrue(new ClaimStage("de-claims", GermanClaimLanguage.INSTANCE).configuration().endsWith(";lexicon=" + fingerprint));
    }
}
