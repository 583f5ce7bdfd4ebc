package org.hearsay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.hearsay.eval.claims.ClaimGold;
import org.hearsay.eval.claims.GoldParagraph;
import org.junit.jupiter.api.Test;

/** {@code hearsay eval claims} runs on the gold set in the jar with the installed packs. */
class EvalClaimsCommandTest {
    @Test
    void scoresTheEnglishGoldSetAndListsItsErrors() {
        CliRun run = CliRun.of("eval", "claims", "--lang", "en", "--errors");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        List<GoldParagraph> gold = ClaimGold.load("en");
        int claims = gold.stream().mapToInt(p -> p.claims().size()).sum();
        // The detection row: language, paragraphs, gold claims, then predicted, matched and P/R/F1.
        assertTrue(Pattern.compile("(?m)^en\\s+" + gold.size() + "\\s+" + claims + "\\s+\\d+\\s+\\d+(\\s+\\d+\\.\\d){3}$")
                .matcher(out).find(), out);
        assertTrue(Pattern.compile("(?m)^lang\\s+matched\\s+holder\\s+modality\\s+polarity\\s+orientation\\s+condition"
                + "\\s+cue\\s+deadline\\s+trackable$").matcher(out).find(), out);
        assertTrue(out.contains("Modality confusion, en"), out);
        assertTrue(out.contains("Disagreements, en ("), out);
        assertTrue(!out.contains("Modality confusion, de") && !out.contains("Modality confusion, all"), out);
    }

    @Test
    void rejectsALanguageWithoutAGoldSet() {
        CliRun run = CliRun.of("eval", "claims", "--lang", "fr");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--lang must be one of [de, en], got 'fr'"), run.err());
    }
}
