package org.hearsay.lang.de.dependencies;

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
import org.hearsay.lang.de.tagging.UdTagger;

/**
 * Universal Dependencies trees for German sentences, by default only for those holding an
 * attributed statement (see {@link ParseScope}); sentences left unparsed simply have no
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
        return "parser=corenlp-nndep;model=" + UdParser.MODEL + ";pos=" + UdTagger.MODEL + ";relations=basic;sentences="
                + scope.label();
    }

    @Override
    public Analysis apply(Analysis analysis) {
        List<Dependency> dependencies = new ArrayList<>();
        BitSet chosen = scope.sentences(analysis);
        for (Sentence sentence : analysis.get(Layers.SENTENCES)) {
            List<Token> tokens = analysis.tokensOf(sentence);
            if (tokens.isEmpty() || !chosen.get(sentence.index())) {
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
