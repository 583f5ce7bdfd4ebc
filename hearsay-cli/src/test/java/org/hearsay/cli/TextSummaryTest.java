package org.hearsay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hearsay.core.export.BridgeArticleFixture;
import org.junit.jupiter.api.Test;

/** The entity and claim sections of the summary, on a hand-built analysis with every layer. */
class TextSummaryTest {
    private final String summary = TextSummary.of(BridgeArticleFixture.analysis());
    private final List<String> lines = summary.lines().toList();

    @Test
    void claimsAreGroupedByHolderWithTheRelayChain() {
        List<String> groups = lines.stream().filter(l -> l.startsWith("     ") && !l.startsWith("      ")).toList();
        int claimsHeader = lines.indexOf("   claims: 5 in 4 groups, 1 trackable");
        assertTrue(claimsHeader > 0, summary);
        List<String> section = lines.subList(claimsHeader + 1, lines.size());
        assertEquals(List.of(
                "     Flussblick  [s1 OUTLET]",
                "     Flussblick ← zwei Mitarbeiter aus dem Städtischen Bauamt  [s2 ANONYMOUS/OFFICIAL ×2]",
                "     Karla Stein  [s3 NAMED_PERSON]",
                "     the article itself · Lindenauer Rundschau"),
                section.stream().filter(groups::contains).toList());
        int stein = section.indexOf("     Karla Stein  [s3 NAMED_PERSON]");
        assertTrue(section.get(stein + 1).contains("c3") && section.get(stein + 2).contains("c4"), summary);
    }

    @Test
    void negativeClaimsSayNotAndConditionsAndDeadlinesFollowTheProposition() {
        assertTrue(lines.contains("       c2  STATEMENT not Die Mittel sind freigegeben"), summary);
        assertTrue(lines.contains("       c3  PLAN          Lindenau fängt mit dem Bau an · only if: \"wenn das Geld da ist\""),
                summary);
        String promise = lines.stream().filter(l -> l.contains("c4")).findFirst().orElseThrow();
        assertFalse(promise.contains(" not "), promise);
        assertTrue(promise.endsWith("until \"Ende 2026\" → 2026 · deadline 2026-12-31"), promise);
    }

    @Test
    void trackableClaimsShowTheirQuestionAndWhenItCanBeAnswered() {
        int promise = lines.indexOf(lines.stream().filter(l -> l.contains("c4")).findFirst().orElseThrow());
        assertEquals("           trackable: Wurde die Hafenbrücke bis 31.12.2026 fertiggestellt? · judgeable from 2027-01-01",
                lines.get(promise + 1));
        assertEquals(1, lines.stream().filter(l -> l.contains("trackable:")).count());
    }

    @Test
    void entitiesShowTheirVariantsAbbreviationAndWhatAPlaceStandsFor() {
        assertTrue(lines.contains("   entities resolved: 5"), summary);
        assertTrue(lines.contains("     e1  LOC  Lindenau = city government of Lindenau · also: Die Stadt"), summary);
        assertTrue(lines.contains("     e3  ORG  Städtisches Bauamt (SBA) · also: Städtischen Bauamt, SBA"), summary);
        assertTrue(lines.contains("     e4  PER  Karla Stein · source s3 · also: Sie"), summary);
    }

    @Test
    void withoutEntityAndClaimLayersTheSectionsAreLeftOut() {
        String withoutThem = TextSummary.of(BridgeArticleFixture.withoutClaimsAndEntities());
        assertFalse(withoutThem.contains("entities resolved"), withoutThem);
        assertFalse(withoutThem.contains("claims:"), withoutThem);
        assertTrue(withoutThem.contains("quotations: 5"), withoutThem);
    }
}
