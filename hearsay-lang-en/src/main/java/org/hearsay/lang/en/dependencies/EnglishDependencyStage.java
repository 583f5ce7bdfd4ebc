package org.hearsay.lang.en.dependencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Dependency;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Token;
import org.hearsay.core.pipeline.ParseScope;
import org.hearsay.core.pipeline.Stage;

/**
 * Universal Dependencies edges for English sentences, by default only for those that may
 * report speech (see {@link ParseScope}). Sentences left unparsed simply have no edges.
 */
public final class EnglishDependencyStage implements Stage {
    private final ParseScope scope;

    public EnglishDependencyStage(ParseScope scope) {
        this.scope = scope;
    }

    @Override
    public String name() {
        return "en-dependencies";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.DEPENDENCIES);
    }

    @Override
    public String configuration() {
        String sentences = scope == ParseScope.ALL_SENTENCES ? "all" : "cues@" + CueWords.fingerprint();
        return "parser=" + UdParser.MODEL + ";sentences=" + sentences;
    }

    @Override
    public Analysis apply(Analysis analysis) {
        List<Dependency> edges = new ArrayList<>();
        for (Sentence sentence : analysis.get(Layers.SENTENCES)) {
            List<Token> tokens = analysis.tokensOf(sentence);
            if (scope == ParseScope.ALL_SENTENCES || CueWords.mayReportSpeech(tokens)) {
                edges.addAll(UdParser.parse(tokens));
            }
        }
        return analysis.with(Layers.DEPENDENCIES, edges);
    }
}
