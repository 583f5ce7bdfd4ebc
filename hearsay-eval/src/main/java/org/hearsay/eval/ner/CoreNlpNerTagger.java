package org.hearsay.eval.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: CoreNLP's German CRF model alone, run on the gold tokens, so its score is
 * what the model can do without any tokenization or sentence-splitting error.
 */
public final class CoreNlpNerTagger implements NerTagger {
    static final String MODEL = "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz";

    private final CRFClassifier<CoreLabel> classifier;

    public CoreNlpNerTagger() {
        try {
            classifier = CRFClassifier.getClassifier(MODEL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("CoreNLP model " + MODEL + " does not match the CoreNLP version", e);
        }
    }

    @Override
    public List<Chunk> tag(List<String> tokens) {
        List<CoreLabel> words = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            CoreLabel word = new CoreLabel();
            word.setWord(token);
            word.setValue(token);
            word.setOriginalText(token);
            words.add(word);
        }
        // classifySentence, not classify: it first adds the word-shape and other annotations the
        // model's features were trained on; without them recall drops by half.
        List<String> labels = classifier.classifySentence(words).stream()
                .map(w -> w.get(CoreAnnotations.AnswerAnnotation.class))
                .map(CoreNlpNerTagger::hearsayType)
                .toList();
        return BioChunks.decode(labels);
    }

    /** CoreNLP models name the types either PER/LOC/ORG or PERSON/LOCATION/ORGANIZATION. */
    private static String hearsayType(String label) {
        String prefix = label.startsWith("B-") || label.startsWith("I-") ? label.substring(0, 2) : "";
        String type = label.substring(prefix.length());
        return prefix + switch (type) {
            case "PERSON" -> "PER";
            case "LOCATION" -> "LOC";
            case "ORGANIZATION" -> "ORG";
            default -> type;
        };
    }

    @Override
    public String remarks() {
        return "CRF model " + MODEL + " on the gold tokens";
    }
}
