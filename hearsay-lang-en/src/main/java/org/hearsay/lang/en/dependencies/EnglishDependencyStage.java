package org.hearsay.lang.en.dependencies;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
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
 * Universal Dependencies edges for English sentences, by default only for those holding an
 * attributed statement (see {@link ParseScope}). Sentences left unparsed simply have no
 * edges.
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
        Set<Layer<?>> layers = new HashSet<>(scope.reads());
        layers.add(Layers.TOKENS);
        return layers;
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.DEPENDENCIES);
    }

    @Override
    public String configuration() {
        return "parser=" + UdParser.MODEL + ";sentences=" + scope.label();
    }

    @Override
    public Analysis apply(Analysis analysis) {
        List<Dependency> edges = new ArrayList<>();
        BitSet chosen = scope.sentences(analysis);
        for (Sentence sentence : analysis.get(Layers.SENTENCES)) {
            List<Token> tokens = analysis.tokensOf(sentence);
            if (chosen.get(sentence.index())) {
                edges.addAll(UdParser.parse(tokens));
            }
        }
        return analysis.with(Layers.DEPENDENCIES, edges);
    }
}
