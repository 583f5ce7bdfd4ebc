package org.hearsay.lang.en.tokens;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.hearsay.core.pipeline.Stage;
import org.hearsay.core.text.TextBlocks;

/**
 * English sentences and tokens with Penn Treebank tags, lemmas and UD-style features.
 * Every line and every article section (title, lead, heading…) is split on its own, so no
 * sentence crosses a line break or a section boundary.
 */
public final class EnglishTokenStage implements Stage {

    @Override
    public String name() {
        return "en-tokens";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS);
    }

    @Override
    public String configuration() {
        return "tokenizer=corenlp-ptb;pos=" + CoreNlpTagger.POS_MODEL + ";lemma=morpha;breaks=lines+sections";
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String text = analysis.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Span block : TextBlocks.of(text, analysis.article().sections())) {
            for (CoreMap parsed : CoreNlpTagger.sentences(block.of(text))) {
                List<CoreLabel> labels = CoreNlpTagger.tokens(parsed);
                if (labels.isEmpty()) {
                    continue;
                }
                int sentenceIndex = sentences.size();
                int first = tokens.size();
                for (CoreLabel label : labels) {
                    tokens.add(token(label, tokens.size(), sentenceIndex, block.start()));
                }
                Span span = new Span(tokens.get(first).span().start(), tokens.getLast().span().end());
                sentences.add(new Sentence(sentenceIndex, span, first, tokens.size()));
            }
        }
        return analysis.with(Layers.SENTENCES, sentences).with(Layers.TOKENS, tokens);
    }

    private static Token token(CoreLabel label, int index, int sentence, int blockStart) {
        Span span = new Span(blockStart + label.beginPosition(), blockStart + label.endPosition());
        return new Token(index, span, sentence, label.word(), label.tag(), label.lemma(),
                PennFeatures.of(label.tag(), label.word()));
    }
}
