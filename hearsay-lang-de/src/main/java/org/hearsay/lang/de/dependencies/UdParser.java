package org.hearsay.lang.de.dependencies;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural transition-based dependency parser with its Universal Dependencies German
 * model. Loaded once per JVM on first use; prediction keeps no state between calls, which is
 * how CoreNLP's own multi-threaded annotator uses one parser.
 */
final class UdParser {
    static final String MODEL = "edu/stanford/nlp/models/parser/nndep/UD_German.gz";

    /** One edge within a sentence: positions are 0-based, head -1 for the root. */
    record Edge(int head, int dependent, String relation) {
    }

    private UdParser() {
    }

    /** Basic (tree-shaped) UD dependencies of one tagged sentence. */
    static List<Edge> parse(List<String> words, List<String> upos) {
        List<CoreLabel> labels = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            CoreLabel label = new CoreLabel();
            label.setWord(words.get(i));
            label.setValue(words.get(i));
            label.setOriginalText(words.get(i));
            label.setTag(upos.get(i));
            label.setIndex(i + 1);
            labels.add(label);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        GrammaticalStructure structure = Holder.PARSER.predict(sentence);
        List<Edge> edges = new ArrayList<>(words.size());
        for (TypedDependency dependency : structure.typedDependencies()) {
            edges.add(new Edge(dependency.gov().index() - 1, dependency.dep().index() - 1,
                    dependency.reln().toString()));
        }
        return edges;
    }

    private static final class Holder {
        static final DependencyParser PARSER = DependencyParser.loadFromModelFile(MODEL, new Properties());
    }
}
