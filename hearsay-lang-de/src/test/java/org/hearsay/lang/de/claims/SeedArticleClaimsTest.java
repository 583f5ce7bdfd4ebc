package org.hearsay.lang.de.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearsay.core.json.AnalysisJson;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article against the claims of its hand-made gold (seed-claims.tsv, derived from
 * shared/seed/gold.md). Skipped when the article is not in this checkout.
 */
class SeedArticleClaimsTest {
    private static Analysis analysis;

    @BeforeAll
    static void analyseSeed() throws IOException {
        Optional<String> text = ClaimFixture.seedArticle();
        Assumptions.assumeTrue(text.isPresent(), "seed article not found");
        analysis = ClaimFixture.analyse(text.get(), LocalDateTime.of(2024, 11, 12, 8, 9));
    }

    @Test
    void everyGoldClaimWithHolderModalityConditionAndDeadline() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<String[]> gold = rows();
        for (String[] row : gold) {
            List<Claim> found = ClaimFixture.containing(analysis, row[0]);
            if (found.size() != 1) {
                wrong.add(row[0] + ": " + found.size() + " claims");
                continue;
            }
            Claim c = found.get(0);
            String holder = ClaimFixture.holderName(analysis, c);
            List<String> problems = new ArrayList<>();
            if (row[1].equals("article") ? holder != null : holder == null || !holder.startsWith(row[1])) {
                problems.add("holder " + holder);
            }
            check(problems, "modality", row[2], c.modality().name());
            check(problems, "condition", row[3], c.condition() == null ? null : c.condition().kind().name());
            check(problems, "deadline", row[4], c.time() == null ? null : c.time().deadline());
            if (!row[5].equals("-")) {
                check(problems, "time", row[5], c.time() == null ? null : c.time().value());
            }
            if (!row[6].equals("-")) {
                check(problems, "trackable", String.valueOf(row[6].equals("yes")), String.valueOf(c.trackable()));
            }
            if (!problems.isEmpty()) {
                wrong.add(row[0] + ": " + problems);
            }
        }
        System.out.println("seed article: " + (gold.size() - wrong.size()) + " of " + gold.size() + " gold claims right");
        assertEquals(List.of(), wrong, ClaimFixture.describe(analysis));
    }

    @Test
    void threeDeadlinesForOneOrderStayWithTheirSources() {
        List<Claim> orders = analysis.get(Layers.CLAIMS).stream()
                .filter(c -> c.modality() == Claim.Modality.ORDER && c.time() != null).toList();
        assertEquals(List.of("2025-01-20", "2024-12-31", "2025-01-01"), orders.stream().map(c -> c.time().deadline()).toList());
        assertEquals(3, orders.stream().map(Claim::holder).distinct().count());
        assertEquals(List.of("2025-01-20", "2025-01-01", "2025-01-01"), orders.stream().map(Claim::judgeableFrom).toList(),
                "'vor' ends the day before its deadline, 'bis' on it");
        assertEquals("Wurde bis 31.12.2024 umgesetzt, was angeordnet war: „Die Aufgabe des Kommandos ist es, sie bis Ende des "
                + "Jahres zu verdrängen“ (Quelle: eine Quelle aus dem Kreml)?", orders.get(1).question());
    }

    @Test
    void bodyClaimsRestateTheLeadAndTheArticle() {
        Claim lead = ClaimFixture.claim(analysis, "keine Friedensverhandlungen mit der Ukraine führen");
        Claim kremlin = ClaimFixture.claim(analysis, "keine Gespräche geben, solange");
        assertEquals(List.of(lead.id()), kremlin.restates());
        Claim forecast = ClaimFixture.claim(analysis, "Wladimir Putin wird vorschlagen");
        Claim source = ClaimFixture.claim(analysis, "der vorschlagen würde");
        assertTrue(source.restates().contains(forecast.id()), source.restates().toString());
        Claim leadOrder = ClaimFixture.claim(analysis, "hat den Befehl erhalten");
        Claim kremlinOrder = ClaimFixture.claim(analysis, "bis Ende des Jahres zu verdrängen");
        assertEquals(List.of(leadOrder.id()), kremlinOrder.restates(), "the same order, linked, each with its own deadline");
        assertEquals(List.of(), leadOrder.restates());
    }

    @Test
    void quotedClaimsKeepTheirQuotationAndRelayChain() {
        String werstka = analysis.get(Layers.SOURCES).stream().filter(s -> s.name().equals("Werstka")).map(Source::id)
                .findFirst().orElseThrow();
        Claim kremlin = ClaimFixture.claim(analysis, "Ein Befehl wurde erteilt");
        assertEquals(List.of(werstka), kremlin.relayedBy());
        Quotation q = analysis.get(Layers.QUOTATIONS).get(kremlin.quotation());
        assertTrue(q.extent().contains(kremlin.span()));
        assertEquals(q.source(), kremlin.holder());
        assertEquals(Claim.Orientation.FUTURE, kremlin.orientation(), "what was ordered lies ahead");
        assertTrue(kremlin.trackable());
        assertNull(kremlin.judgeableFrom(), "no deadline");
        for (Claim c : analysis.get(Layers.CLAIMS)) {
            assertEquals(c.quotation() == null, c.holder() == null, c.toString());
        }
    }

    @Test
    void labelsAndFramesAreNoClaimsButTheTitleIs() {
        assertTrue(ClaimFixture.containing(analysis, "12.11.2024").isEmpty());
        assertTrue(ClaimFixture.containing(analysis, "Verdrängung bis zum Neujahr").isEmpty());
        assertTrue(ClaimFixture.containing(analysis, "beruft sich auf").isEmpty(), "a relay statement frames, it claims nothing");
        Claim title = ClaimFixture.claim(analysis, "Putin plant Friedensverhandlungen");
        assertEquals(Claim.Modality.PLAN, title.modality());
        assertEquals(Claim.ConditionKind.ONLY_IF, title.condition().kind());
        assertEquals("nur nach Rückzug aus Kursk", title.condition().text());
        assertNull(title.holder());
    }

    @Test
    void theArticlesWordsAroundAReportAreItsOwnWithLowerConfidence() {
        Claim remainder = ClaimFixture.claim(analysis, "erinnerte an das Attentat");
        assertNull(remainder.holder());
        assertTrue(analysis.textOf(remainder.span()).endsWith("während des Wahlkampfs"), analysis.textOf(remainder.span()));
        assertEquals(0.8, remainder.confidence(), "no cue word, and words left over around a report");
        assertEquals(1.0, ClaimFixture.claim(analysis, "hat den Befehl erhalten").confidence());
    }

    @Test
    void promiseWithATimeWindowHasNoJudgementDay() {
        Claim promise = ClaimFixture.claim(analysis, "innerhalb eines Tages zu beenden");
        assertEquals("P1D", promise.time().value());
        assertNull(promise.judgeableFrom());
        assertNotNull(promise.question());
        assertEquals("den Krieg in der Ukraine innerhalb eines Tages zu beenden", promise.proposition());
    }

    @Test
    void claimsSurviveTheJsonRoundTrip() throws IOException {
        assertEquals(analysis.get(Layers.CLAIMS), AnalysisJson.read(AnalysisJson.write(analysis)).get(Layers.CLAIMS));
    }

    private static void check(List<String> problems, String what, String expected, String actual) {
        String want = expected.equals("-") ? null : expected;
        if (want == null ? actual != null : !want.equals(actual)) {
            problems.add(what + " " + actual + " (gold " + want + ")");
        }
    }

    private static List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SeedArticleClaimsTest.class.getResourceAsStream("seed-claims.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }
}
