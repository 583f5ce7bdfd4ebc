package org.hearsay.eval.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** CoreNLP pipelines with the models-german defaults (StanfordCoreNLP-german.properties). */
final class GermanCoreNlp {
    /** The full German pipeline; the defaults leave out the constituency parser, so it is named here. */
    static final String FULL = "tokenize,ssplit,mwt,pos,ner,parse,depparse";
    private static final String DEFAULTS = "/StanfordCoreNLP-german.properties";

    private GermanCoreNlp() {
    }

    static StanfordCoreNLP pipeline(String annotators) {
        Properties props = new Properties();
        try (InputStream in = GermanCoreNlp.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " not on the class path (CoreNLP models-german jar)");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.setProperty("annotators", annotators);
        return new StanfordCoreNLP(props);
    }
}
