package org.hearsay.eval.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Counts tokens the same way for every benchmarked system: CoreNLP's German tokenizer over the
 * article text, so tokens/s compares work done on the same input, not each system's own count.
 */
public final class TokenCounter {
    private final StanfordCoreNLP tokenizer = GermanCoreNlp.pipeline("tokenize");

    public int count(String text) {
        Annotation annotation = new Annotation(text);
        tokenizer.annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
