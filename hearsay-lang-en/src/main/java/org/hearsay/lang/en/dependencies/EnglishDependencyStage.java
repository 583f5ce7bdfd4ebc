package org.hearsay.lang.en.dependencies;

import java.util.ArrayList;
import java.util.BitSet;
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
import org.hearsay.core.quotes.AttributedSentences;

/**
 * Universal Dependencies edges for English sentences, by default only for those holding an
 * attributed statement (see {@link AttributedSentences}). Sentences left unparsed simply have no
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
        return scope == ParseScope.ALL_SENTENCES
                ? Set.of(Layers.SENTENCES, Layers.TOKENS)
                : Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.QUOTATIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.DEPENDENCIES);
    }

    @Override
    public String configuration() {
        String sentences = scope == ParseScope.ALL_SENTENCES ? "all" : "attributed";
        return "parser=" + UdParser.MODEL + ";sentences=" + sentences;
    }

    @Override
    public Analysis apply(Analysis analysis) {
        List<Dependency> edges = new ArrayList<>();
        BitSet attributed = scope == ParseScope.ALL_SENTENCES ? null : AttributedSentences.of(analysis);
        for (Sentence sentence : analysis.get(Layers.SENTENCES)) {
            List<Token> tokens = analysis.tokensOf(sentence);
            if (attributed == null || attributed.get(sentence.index())) {
                edges.addAll(UdParser.parse(tokens));
            }
        }
        return analysis.with(Layers.DEPENDENCIES, edges);
    }
}
