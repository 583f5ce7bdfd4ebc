package org.hearsay.eval.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hearsay.core.model.Claim.ConditionKind;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Claim.Orientation;
import org.hearsay.core.model.Claim.Polarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped gold set is complete enough to measure every field and keeps its own guidelines. */
class ClaimGoldTest {
    private static final Set<String> GERMAN_CUES = Set.of("wenn", "falls", "nur wenn", "erst wenn", "nur nach", "solange",
            "bis", "es sei denn", "sobald");
    private static final Set<String> ENGLISH_CUES = Set.of("if", "only if", "only after", "as long as", "while", "until",
            "unless", "once", "as soon as");

    @Test
    void bothLanguagesHaveEnoughParagraphs() {
        List<GoldParagraph> german = ClaimGold.load("de");
        List<GoldParagraph> english = ClaimGold.load("en");
        assertTrue(german.size() >= 25, "German paragraphs: " + german.size());
        assertTrue(english.size() >= 15, "English paragraphs: " + english.size());
        assertTrue(german.size() + english.size() >= 30);
        Set<String> ids = new HashSet<>();
        for (GoldParagraph p : Stream.concat(german.stream(), english.stream()).toList()) {
            assertTrue(ids.add(p.id()), "duplicate id " + p.id());
            assertTrue(p.id().startsWith(p.language() + "-"), p.id());
            assertFalse(p.claims().isEmpty(), p.id());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void everyModalityConditionKindAndPolarityOccurs(String language) {
        List<GoldClaim> claims = ClaimGold.load(language).stream().flatMap(p -> p.claims().stream()).toList();
        assertEquals(EnumSet.allOf(Modality.class), claims.stream().map(GoldClaim::modality)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Modality.class))));
        assertEquals(EnumSet.allOf(ConditionKind.class), claims.stream().map(GoldClaim::conditionKind)
                .filter(k -> k != null).collect(Collectors.toCollection(() -> EnumSet.noneOf(ConditionKind.class))));
        assertEquals(EnumSet.allOf(Polarity.class), claims.stream().map(GoldClaim::polarity)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Polarity.class))));
        assertTrue(claims.stream().anyMatch(GoldClaim::byArticle));
        assertTrue(claims.stream().anyMatch(c -> c.deadline() != null));
        Set<String> cues = claims.stream().map(GoldClaim::conditionCue).filter(c -> c != null).collect(Collectors.toSet());
        assertEquals("de".equals(language) ? GERMAN_CUES : ENGLISH_CUES, cues);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void everyClaimPointsIntoItsParagraphAndFollowsTheGuidelines(String language) {
        for (GoldParagraph p : ClaimGold.load(language)) {
            String text = p.text().toLowerCase(Locale.ROOT);
            for (GoldClaim c : p.claims()) {
                String where = p.id() + " «" + c.evidence().of(p.text()) + "»";
                assertTrue(c.byArticle() || text.contains(c.holder().toLowerCase(Locale.ROOT)), where + " holder");
                assertTrue(c.conditionCue() == null || text.contains(c.conditionCue()), where + " cue");
                // Guideline: trackable exactly when the claim looks forward.
                assertEquals(c.orientation() == Orientation.FUTURE, c.trackable(), where + " trackable");
                assertTrue(c.deadline() == null || !LocalDate.parse(c.deadline()).isBefore(p.published()),
                        where + " deadline before publication");
            }
        }
    }

    @Test
    void evidenceThatIsNotInTheTextIsRejectedWithTheParagraph() {
        String json = """
                {"language": "de", "paragraphs": [{"id": "de-x", "published": "2026-01-01", "text": "Es regnet.",
                 "claims": [{"evidence": "Es schneit", "holder": "article", "modality": "STATEMENT",
                  "polarity": "POSITIVE", "orientation": "PRESENT", "condition": null, "deadline": null,
                  "trackable": false}]}]}
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClaimGold.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"));
        assertTrue(e.getMessage().contains("de-x") && e.getMessage().contains("Es schneit"), e.getMessage());
    }

    @Test
    void evidenceThatOccursTwiceIsRejected() {
        String json = """
                {"language": "en", "paragraphs": [{"id": "en-x", "published": "2026-01-01", "text": "It rains. It rains.",
                 "claims": [{"evidence": "It rains", "holder": "article", "modality": "STATEMENT",
                  "polarity": "POSITIVE", "orientation": "PRESENT", "condition": null, "deadline": null,
                  "trackable": false}]}]}
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClaimGold.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"));
        assertTrue(e.getMessage().contains("more than once"), e.getMessage());
    }

    @Test
    void holdersConditionsAndDeadlinesAreRead() {
        GoldParagraph first = ClaimGold.load("de").getFirst();
        assertEquals(LocalDate.of(2026, 3, 10), first.published());
        assertEquals("Elbtal-Bote", first.outlet());
        GoldClaim promise = first.claims().get(1);
        assertEquals("Keller", promise.holder());
        assertEquals("2026-06-30", promise.deadline());
        assertTrue(first.claims().getFirst().byArticle());
        GoldClaim refusal = ClaimGold.load("de").get(1).claims().get(1);
        assertEquals(ConditionKind.AS_LONG_AS, refusal.conditionKind());
        assertEquals("solange", refusal.conditionCue());
    }
}
