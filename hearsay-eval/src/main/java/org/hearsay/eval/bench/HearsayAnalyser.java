package org.hearsay.eval.bench;

import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Article;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.core.pipeline.PipelineOptions;

/**
 * Hearsay's full German analysis (every stage of the installed German pack). The article is
 * built from the text directly: reading files is the same for all systems and not measured.
 */
final class HearsayAnalyser implements TextAnalyser {
    private static final String LANGUAGE = "de";

    private final Pipeline pipeline;

    HearsayAnalyser(PipelineOptions options) {
        Analyzer analyzer = Analyzer.installed(options);
        if (!analyzer.supports(LANGUAGE)) {
            throw new IllegalStateException("no German language pack (hearsay-lang-de) on the class path");
        }
        pipeline = analyzer.pipeline(LANGUAGE);
    }

    @Override
    public void analyse(String text) {
        pipeline.analyze(new Article(ContentHash.of(text), "bench", "text", null, null, null, null, null,
                LANGUAGE, text, List.of()));
    }
}
