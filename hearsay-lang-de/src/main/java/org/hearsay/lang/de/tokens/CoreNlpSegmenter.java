package org.hearsay.lang.de.tokens;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.hearsay.core.model.Span;

/**
 * CoreNLP's German tokenizer, sentence splitter and contraction splitter ("zum" → "zu dem"),
 * loaded once per JVM on first use. CoreNLP annotators are safe to share between threads.
 */
final class CoreNlpSegmenter {
    static final String MWT_TABLE = "edu/stanford/nlp/models/mwt/german/german-mwt.tsv";
    /**
     * Hyphenated compounds ("US-Präsident") stay one word, as in German treebanks; typographic
     * quotes are normalised inside CoreNLP so that the splitter keeps a closing „…“ with its sentence.
     */
    static final String TOKENIZER_OPTIONS = "splitHyphenated=false,quotes=ascii";

    private CoreNlpSegmenter() {
    }

    /** The sentences of one block of text, as words with offsets into the whole text. */
    static List<List<Word>> sentences(String text, Span block) {
        Annotation annotation = new Annotation(block.of(text));
        Holder.PIPELINE.annotate(annotation);
        List<List<Word>> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Word> words = new ArrayList<>();
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                words.add(word(text, block.start(), label));
            }
            if (!words.isEmpty()) {
                sentences.add(words);
            }
        }
        return sentences;
    }

    private static Word word(String text, int offset, CoreLabel label) {
        Span span = new Span(offset + label.beginPosition(), offset + label.endPosition());
        // Only the parts of a split contraction differ from the surface; everything else keeps the
        // text exactly as written (CoreNLP's own word() would carry its quote normalisation).
        return label.isMWT()
                ? new Word(span, label.word(), true)
                : new Word(span, span.of(text), false);
    }

    private static final class Holder {
        static final StanfordCoreNLP PIPELINE = load();

        private static StanfordCoreNLP load() {
            Properties properties = new Properties();
            properties.setProperty("annotators", "tokenize,ssplit,mwt");
            properties.setProperty("tokenize.language", "de");
            properties.setProperty("tokenize.postProcessor",
                    "edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor");
            properties.setProperty("tokenize.options", TOKENIZER_OPTIONS);
            properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
            properties.setProperty("mwt.mappingFile", MWT_TABLE);
            return new StanfordCoreNLP(properties);
        }
    }
}
