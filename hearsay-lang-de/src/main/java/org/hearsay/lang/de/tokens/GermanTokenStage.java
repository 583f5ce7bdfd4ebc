package org.hearsay.lang.de.tokens;

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
import org.hearsay.lang.de.morphology.Morphology;
import org.hearsay.lang.de.tagging.UdTagger;

/**
 * German sentences and tokens with STTS tags, lemmas and Universal Dependencies features.
 * CoreNLP segments the text (per line and section, so no sentence crosses a heading) and splits
 * contractions ("zum" → "zu" + "dem", both over the surface "zum"); its UD tagger and
 * LanguageTool's dictionary then give each word its tag, lemma and features.
 */
public final class GermanTokenStage implements Stage {

    @Override
    public String name() {
        return "de-tokens";
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
        return "tokenizer=corenlp-de(" + CoreNlpSegmenter.TOKENIZER_OPTIONS + ");mwt=" + CoreNlpSegmenter.MWT_TABLE
                + ";repairs=abbreviations(" + SentenceRepair.ABBREVIATIONS_LIST + ")+ordinals+closing-quotes"
                + ";pos=" + UdTagger.MODEL + "+stts;"
                + Morphology.CONFIGURATION + ";breaks=lines+sections";
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String text = analysis.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Span block : TextBlocks.of(text, analysis.article().sections())) {
            List<List<Word>> segmented = SentenceRepair.apply(text, CoreNlpSegmenter.sentences(text, block));
            for (List<Word> words : segmented) {
                int index = sentences.size();
                int first = tokens.size();
                tokens.addAll(tokens(words, first, index));
                Span span = new Span(words.getFirst().span().start(), words.getLast().span().end());
                sentences.add(new Sentence(index, span, first, tokens.size()));
            }
        }
        return analysis.with(Layers.SENTENCES, sentences).with(Layers.TOKENS, tokens);
    }

    private static List<Token> tokens(List<Word> words, int firstIndex, int sentence) {
        List<String> forms = words.stream().map(Word::form).toList();
        List<String> upos = UdTagger.tag(forms);
        List<Morphology.Word> morphology = Morphology.analyse(forms, upos);
        List<Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Morphology.Word m = morphology.get(i);
            tokens.add(new Token(firstIndex + i, words.get(i).span(), sentence, forms.get(i),
                    m.stts(), m.lemma(), m.features()));
        }
        return tokens;
    }
}
