package org.hearsay.eval.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearsay.core.InputException;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Source;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.eval.Environment;

/**
 * {@code hearsay eval claims}: analyses every paragraph of the shipped claim gold set as one
 * article with the installed language packs and scores the claims layer against the gold claims
 * ({@link ClaimScorer}). Needs no corpus on disk. A language without a pack is skipped with a
 * notice; a pack without a claims stage is scored as predicting nothing, and the report says so.
 */
public final class ClaimEvaluation {
    private ClaimEvaluation() {
    }

    public static ClaimReport run(ClaimEvalOptions options) {
        return run(options, Analyzer.installed());
    }

    public static ClaimReport run(ClaimEvalOptions options, Analyzer analyzer) {
        Environment environment = Environment.current();
        List<LanguageRun> runs = new ArrayList<>();
        for (String language : options.languages()) {
            runs.add(analyzer.supports(language) ? score(language, analyzer)
                    : LanguageRun.skipped(language, "no language pack for '" + language + "' on the class path"));
        }
        return new ClaimReport(runs, environment, options.errors());
    }

    private static LanguageRun score(String language, Analyzer analyzer) {
        long start = System.nanoTime();
        ClaimScorer scorer = new ClaimScorer();
        int withoutLayer = 0;
        for (GoldParagraph paragraph : ClaimGold.load(language)) {
            Analysis analysis = analyse(analyzer, paragraph);
            if (!analysis.has(Layers.CLAIMS)) {
                withoutLayer++;
            }
            scorer.add(paragraph, predictions(analysis));
        }
        return new LanguageRun(language, scorer.scores(), withoutLayer, (System.nanoTime() - start) / 1e9, null);
    }

    private static Analysis analyse(Analyzer analyzer, GoldParagraph paragraph) {
        try {
            return analyzer.analyze(ClaimArticles.of(paragraph));
        } catch (InputException e) {
            throw new IllegalStateException("the " + paragraph.language() + " pipeline rejects gold paragraph "
                    + paragraph.id() + ": " + e.getMessage(), e);
        }
    }

    static List<PredictedClaim> predictions(Analysis analysis) {
        Map<String, Source> sources = new HashMap<>();
        analysis.get(Layers.SOURCES).forEach(s -> sources.put(s.id(), s));
        List<PredictedClaim> out = new ArrayList<>();
        for (Claim claim : analysis.get(Layers.CLAIMS)) {
            out.add(PredictedClaim.of(claim, sources, analysis.text()));
        }
        return out;
    }
}
