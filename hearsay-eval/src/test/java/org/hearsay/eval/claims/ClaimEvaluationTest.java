package org.hearsay.eval.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Source;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.core.pipeline.LanguagePack;
import org.hearsay.core.pipeline.Stage;
import org.junit.jupiter.api.Test;

/**
 * The evaluation end to end with stand-in language packs, so that it runs without models: one
 * whose claims stage gives back the gold claims, one without a claims stage.
 */
class ClaimEvaluationTest {
    @Test
    void aPackThatReturnsTheGoldScoresOneInEveryField() {
        ClaimReport report = ClaimEvaluation.run(new ClaimEvalOptions(List.of("de", "en"), true),
                Analyzer.of(List.of(pack("de", List.of(new GoldEcho())))));
        ClaimScores german = report.languages().getFirst().scores();
        assertEquals(ClaimGold.load("de").size(), german.paragraphs());
        assertEquals(1.0, german.f1());
        for (ClaimField field : ClaimField.values()) {
            assertEquals(1.0, german.accuracy(field), field.label());
        }
        assertEquals("no language pack for 'en' on the class path", report.languages().get(1).skipped());
        String text = report.toText();
        assertTrue(text.contains("en: skipped"), text);
        assertTrue(text.contains("Modality confusion, de"), text);
        assertTrue(text.contains("Disagreements, de (0)"), text);
    }

    @Test
    void aPackWithoutAClaimsStageIsScoredAsFindingNothing() {
        ClaimReport report = ClaimEvaluation.run(new ClaimEvalOptions(List.of("en"), false),
                Analyzer.of(List.of(pack("en", List.of()))));
        ClaimScores english = report.overall();
        assertEquals(0.0, english.recall());
        assertEquals(0, english.predicted());
        int paragraphs = ClaimGold.load("en").size();
        assertTrue(report.toText().contains("the claims layer was missing in " + paragraphs + " of " + paragraphs),
                report.toText());
    }

    private static LanguagePack pack(String language, List<Stage> stages) {
        return new LanguagePack() {
            @Override
            public String language() {
                return language;
            }

            @Override
            public List<Stage> stages(org.hearsay.core.pipeline.PipelineOptions options) {
                return stages;
            }
        };
    }

    /** Finds the gold paragraph by its text and gives its claims back as the claims stage would. */
    private static final class GoldEcho implements Stage {
        private final Map<String, GoldParagraph> byText = new LinkedHashMap<>();

        GoldEcho() {
            ClaimGold.LANGUAGES.forEach(l -> ClaimGold.load(l).forEach(p -> byText.put(p.text(), p)));
        }

        @Override
        public String name() {
            return "gold-echo";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> provides() {
            return Set.of(Layers.SOURCES, Layers.CLAIMS);
        }

        @Override
        public Analysis apply(Analysis analysis) {
            GoldParagraph paragraph = byText.get(analysis.text());
            List<Source> sources = new ArrayList<>();
            List<Claim> claims = new ArrayList<>();
            for (GoldClaim gold : paragraph.claims()) {
                String holder = null;
                if (!gold.byArticle()) {
                    holder = "s" + (sources.size() + 1);
                    sources.add(new Source(holder, Source.Kind.NAMED_PERSON, gold.holder(), List.of(), null, null, null,
                            false));
                }
                Claim.Condition condition = gold.conditionKind() == null ? null
                        : new Claim.Condition(gold.evidence(), "", gold.conditionCue(), gold.conditionKind());
                Claim.ClaimTime time = gold.deadline() == null ? null
                        : new Claim.ClaimTime(gold.evidence(), "", null, "BY", gold.deadline());
                claims.add(new Claim("c" + (claims.size() + 1), holder, List.of(), null, gold.evidence(), "",
                        List.of(), gold.modality(), gold.polarity(), gold.orientation(), condition, time,
                        gold.trackable(), null, null, 1.0, List.of()));
            }
            return analysis.with(Layers.SOURCES, sources).with(Layers.CLAIMS, claims);
        }
    }
}
