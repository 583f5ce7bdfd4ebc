package org.hearsay.lang.en.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.hearsay.core.pipeline.Stage;

/** English named-entity mentions (PER, ORG, LOC, MISC) from two CoreNLP CRFs (see {@link CrfNameTagger}). */
public final class EnglishEntityStage implements Stage {

    @Override
    public String name() {
        return "en-entities";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ENTITY_MENTIONS);
    }

    @Override
    public String configuration() {
        return "crf=" + CrfNameTagger.NAMES_MODEL + ";misc=" + CrfNameTagger.MISC_MODEL
                + ";split=given-names:" + GivenNames.RESOURCE;
    }

    @Override
    public Analysis apply(Analysis analysis) {
        List<EntityMention> mentions = new ArrayList<>();
        for (Sentence sentence : analysis.get(Layers.SENTENCES)) {
            List<Token> tokens = analysis.tokensOf(sentence);
            List<String> words = tokens.stream().map(Token::form).toList();
            for (NameRuns.Run run : NameRuns.of(words, CrfNameTagger.tag(words))) {
                mentions.add(mention(analysis, tokens.get(run.start()), tokens.get(run.end() - 1), run.type()));
            }
        }
        return analysis.with(Layers.ENTITY_MENTIONS, mentions);
    }

    private static EntityMention mention(Analysis analysis, Token first, Token last, String type) {
        Span span = new Span(first.span().start(), last.span().end());
        return new EntityMention(span, type, first.index(), last.index() + 1, analysis.textOf(span));
    }
}
