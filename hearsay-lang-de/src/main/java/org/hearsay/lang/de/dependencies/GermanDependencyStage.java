package org.hearsay.lang.de.dependencies;

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
import org.hearsay.lang.de.tagging.UdTagger;

/**
 * Universal Dependencies trees for German sentences, by default only for those holding an
 * attributed statement (see {@link AttributedSentences}); sentences left unparsed simply have no
 * edges. The token layer carries STTS tags, but the parser model was trained on UD tags, so the
 * sentence is tagged again with the same UD tagger the token stage used; the words are the tokens'
 * forms.
 */
public final class GermanDependencyStage implements Stage {
    private final ParseScope scope;

    /** Parses only the sentences that hold an attributed statement. */
    public GermanDependencyStage() {
        this(ParseScope.ATTRIBUTED_SENTENCES);
    }

    public GermanDependencyStage(ParseScope scope) {
        this.scope = scope;
    }

    @Override
    public String name() {
        return "de-dependencies";
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
        return "parser=corenlp-nndep;model=" + UdParser.MODEL + ";pos=" + UdTagger.MODEL + ";relations=basic;sentences=" + sentences;
    }

    @Override
    public Analysis apply(Analysis analysis) {
        List<Dependency> dependencies = new ArrayList<>();
        BitSet attributed = scope == ParseScope.ALL_SENTENCES ? null : AttributedSentences.of(analysis);
        for (Sentence sentence : analysis.get(Layers.SENTENCES)) {
            List<Token> tokens = analysis.tokensOf(sentence);
            if (tokens.isEmpty() || attributed != null && !attributed.get(sentence.index())) {
                continue;
            }
            List<String> forms = tokens.stream().map(Token::form).toList();
            List<String> words = forms.stream().map(UdTagger::asTrained).toList();
            for (UdParser.Edge edge : UdParser.parse(words, UdTagger.tag(forms))) {
                int head = edge.head() < 0 ? -1 : sentence.firstToken() + edge.head();
                dependencies.add(new Dependency(head, sentence.firstToken() + edge.dependent(), edge.relation()));
            }
        }
        return analysis.with(Layers.DEPENDENCIES, dependencies);
    }
}
