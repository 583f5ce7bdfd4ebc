package org.hearsay.store.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PropositionTermsTest {
    @Test
    void stopWordsGoAndInflectedFormsMeet() {
        assertEquals(List.of("lindenau", "buslini", "zwolf", "neue"),
                List.copyOf(PropositionTerms.of("Lindenau will zwölf neue Buslinien", "de")));
        assertEquals(PropositionTerms.of("die neuen Buslinien", "de"), PropositionTerms.of("eine neue Buslinie", "de"));
        assertEquals(List.of("withdraw", "troop"), List.copyOf(PropositionTerms.of("It will withdraw the troops", "en")));
    }

    @Test
    void twoClaimsAboveTheThresholdShareAPrefixTerm() {
        TreeSet<String> a = PropositionTerms.of("Russland zieht bis Ende Juni 2026 Truppen aus dem Gebiet ab", "de");
        TreeSet<String> b = PropositionTerms.of("Russland wird bis Ende Juni 2026 Truppen aus dem Gebiet abziehen", "de");
        assertTrue(PropositionTerms.jaccard(a, b) >= ClaimClusterer.THRESHOLD, a + " / " + b);
        assertTrue(ClaimClusterer.prefix(a).stream().anyMatch(ClaimClusterer.prefix(b)::contains));
    }

    @Test
    void claimsWithNumbersMustShareOne() {
        TreeSet<String> three = PropositionTerms.of("Lindenau richtet 3 neue Buslinien ein", "de");
        TreeSet<String> five = PropositionTerms.of("Lindenau richtet 5 neue Buslinien ein", "de");
        assertTrue(PropositionTerms.jaccard(three, five) >= ClaimClusterer.THRESHOLD, "the words alone would match");
        assertFalse(PropositionTerms.numbersAgree(three, five));
        assertTrue(PropositionTerms.numbersAgree(three, PropositionTerms.of("Lindenau will 3 oder 4 Linien", "de")));
        assertTrue(PropositionTerms.numbersAgree(three, PropositionTerms.of("Lindenau richtet neue Buslinien ein", "de")),
                "a claim without numbers says nothing against them");
    }
}
