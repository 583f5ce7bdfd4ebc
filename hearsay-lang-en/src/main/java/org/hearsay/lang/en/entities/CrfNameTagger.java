package org.hearsay.lang.en.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.Word;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two of CoreNLP's English CRFs, each loaded once per JVM on first use and shared between
 * threads (as CoreNLP's multi-threaded NER annotator shares them):
 * <ul>
 * <li>{@link #NAMES_MODEL} decides PER, ORG and LOC. It was trained on ACE, MUC, CoNLL,
 *     OntoNotes and WikiNER, so it knows far more organisations and places than the CoNLL
 *     model, whose only training text is Reuters news from 1996.</li>
 * <li>{@link #MISC_MODEL}, the CoNLL 4-class model, is used only for MISC (nationalities,
 *     events, products), which the first model lacks, and only where the first found nothing.</li>
 * </ul>
 * This is CoreNLP's default English NER minus what Hearsay does not need (the MUC 7-class
 * model, numeric classifiers, SUTime, fine-grained rules), which cost load time and memory.
 */
final class CrfNameTagger {
    static final String NAMES_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    static final String MISC_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /** CRF label → Hearsay entity type; "O" and anything unknown is no entity. */
    private static final Map<String, String> TYPES = Map.of(
            "PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC", "MISC", "MISC");

    private CrfNameTagger() {
    }

    /** One entity type per word (PER, ORG, LOC, MISC), or null outside any entity. */
    static List<String> tag(List<String> words) {
        List<Word> sentence = words.stream().map(Word::new).toList();
        return withMisc(types(Models.NAMES.classifySentence(sentence)), types(Models.MISC.classifySentence(sentence)));
    }

    /**
     * The primary types, plus every MISC run of the other model that lies entirely outside the
     * primary model's entities (a MISC run overlapping a primary entity is dropped whole, so
     * no mention is cut in pieces).
     */
    static List<String> withMisc(List<String> primary, List<String> other) {
        List<String> merged = new ArrayList<>(primary);
        int i = 0;
        while (i < other.size()) {
            int end = i;
            while (end < other.size() && "MISC".equals(other.get(end))) {
                end++;
            }
            if (end > i && primary.subList(i, end).stream().allMatch(t -> t == null)) {
                for (int k = i; k < end; k++) {
                    merged.set(k, "MISC");
                }
            }
            i = Math.max(end, i + 1);
        }
        return merged;
    }

    private static List<String> types(List<CoreLabel> labelled) {
        return labelled.stream().map(l -> TYPES.get(l.get(CoreAnnotations.AnswerAnnotation.class))).toList();
    }

    /** Each model in its own holder, so it loads on first use and not before. */
    private static final class Models {
        static final CRFClassifier<CoreLabel> NAMES = load(NAMES_MODEL);
        static final CRFClassifier<CoreLabel> MISC = load(MISC_MODEL);

        private static CRFClassifier<CoreLabel> load(String model) {
            try {
                return CRFClassifier.getClassifier(model);
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException("cannot load English NER model " + model, e);
            }
        }
    }
}
