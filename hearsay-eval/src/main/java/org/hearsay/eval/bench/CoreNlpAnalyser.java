package org.hearsay.eval.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/** The full CoreNLP German pipeline, the reference the Hearsay throughput is compared with. */
final class CoreNlpAnalyser implements TextAnalyser {
    private final StanfordCoreNLP pipeline = GermanCoreNlp.pipeline(GermanCoreNlp.FULL);

    @Override
    public void analyse(String text) {
        pipeline.annotate(new Annotation(text));
    }
}
