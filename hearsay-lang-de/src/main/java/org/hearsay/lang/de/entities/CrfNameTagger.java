package org.hearsay.lang.de.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's German named-entity CRF (trained on CoNLL-2003 German with distributional-similarity
 * clusters). It needs only word forms — no POS — so it can run on any tokenisation.
 * The model is loaded once per JVM; CRF classification is thread-safe, so all stages share it.
 */
final class CrfNameTagger {
    static final String MODEL = "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz";

    /** Initialization-on-demand holder: the 65 MB model loads on first use, exactly once. */
    private static final class Model {
        static final CRFClassifier<CoreLabel> CRF = load();

        private static CRFClassifier<CoreLabel> load() {
            // By default the classifier adds lower-case words it meets to its known-word table,
            // so a document's tags would depend on the documents tagged before it, and on their
            // order across threads. Hearsay's output must depend on the input alone.
            Properties settings = new Properties();
            settings.setProperty("maxAdditionalKnownLCWords", "0");
            try {
                return CRFClassifier.getClassifier(MODEL, settings);
            } catch (Exception e) {
                throw new IllegalStateException("cannot load CoreNLP German NER model " + MODEL, e);
            }
        }
    }

    private CrfNameTagger() {
    }

    /**
     * One label per word: PER, ORG, LOC, MISC or O (IO scheme, so adjacent names of one type merge).
     */
    static List<String> tag(List<String> words) {
        List<Word> sentence = new ArrayList<>(words.size());
        for (String word : words) {
            sentence.add(new Word(asTrained(word)));
        }
        // classifySentence, not classify: it runs the same preprocessing as at training time
        // (background answers, known-lowercase-word table); without it nearly every name is missed.
        List<CoreLabel> tagged = Model.CRF.classifySentence(sentence);
        List<String> answers = new ArrayList<>(tagged.size());
        for (CoreLabel label : tagged) {
            answers.add(asHearsayType(label.get(CoreAnnotations.AnswerAnnotation.class)));
        }
        return answers;
    }

    /**
     * The CoNLL training text has straight quotes only; German news uses „…“, which the model
     * would see as unknown words right next to the names they quote.
     */
    private static String asTrained(String word) {
        return switch (word) {
            case "„", "“", "”", "«", "»" -> "\"";
            case "‚", "‘", "’", "‹", "›" -> "'";
            default -> word;
        };
    }

    /** The model answers PERSON, ORGANIZATION, LOCATION, MISC or O. */
    private static String asHearsayType(String answer) {
        return switch (answer == null ? "O" : answer) {
            case "PERSON" -> "PER";
            case "ORGANIZATION" -> "ORG";
            case "LOCATION" -> "LOC";
            case "MISC" -> "MISC";
            default -> "O";
        };
    }
}
