package org.hearsay.lang.en.tokens;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's English tokenizer, sentence splitter, POS tagger (Penn Treebank tags) and Morpha
 * lemmatiser, loaded once per JVM on first use. CoreNLP annotators are safe to share between
 * threads (its own server and its nthreads options do exactly that).
 */
final class CoreNlpTagger {
    static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

    private CoreNlpTagger() {
    }

    /** The sentences of one block of text; token offsets are relative to the block. */
    static List<CoreMap> sentences(String block) {
        Annotation annotation = new Annotation(block);
        Holder.PIPELINE.annotate(annotation);
        return annotation.get(CoreAnnotations.SentencesAnnotation.class);
    }

    static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }

    /** Loads the models on first access, so a stage can be built without loading them. */
    private static final class Holder {
        static final StanfordCoreNLP PIPELINE = load();

        private static StanfordCoreNLP load() {
            Properties properties = new Properties();
            properties.setProperty("annotators", "tokenize,ssplit,pos,lemma");
            properties.setProperty("tokenize.language", "en");
            properties.setProperty("pos.model", POS_MODEL);
            return new StanfordCoreNLP(properties);
        }
    }
}
