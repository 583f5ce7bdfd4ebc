package org.hearsay.eval.bench;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.core.pipeline.PipelineOptions;

/**
 * Hearsay's German analysis: every stage of the installed German pack, or all but those that only
 * serve some layers. The article is built from the text directly: reading files is the same for all
 * systems and not measured.
 */
final class HearsayAnalyser implements TextAnalyser {
    private static final String LANGUAGE = "de";

    private final Pipeline pipeline;

    /** @param leftOut layers not to compute (with the stages only they need) */
    HearsayAnalyser(PipelineOptions options, Set<Layer<?>> leftOut) {
        Analyzer analyzer = Analyzer.installed(options);
        if (!analyzer.supports(LANGUAGE)) {
            throw new IllegalStateException("no German language pack (hearsay-lang-de) on the class path");
        }
        Set<Layer<?>> wanted = Layers.ALL.stream().filter(l -> !leftOut.contains(l)).collect(Collectors.toSet());
        pipeline = analyzer.pipeline(LANGUAGE).only(wanted);
    }

    @Override
    public void analyse(String text) {
        pipeline.analyze(new Article(ContentHash.of(text), "bench", "text", null, null, null, null, null,
                LANGUAGE, text, List.of()));
    }
}
