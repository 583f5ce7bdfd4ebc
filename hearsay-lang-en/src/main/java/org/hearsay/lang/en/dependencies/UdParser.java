package org.hearsay.lang.en.dependencies;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hearsay.core.model.Dependency;
import org.hearsay.core.model.Token;

/**
 * CoreNLP's neural transition-based parser (nndep) with its English Universal Dependencies
 * model, loaded once per JVM on first use. Shared between threads as CoreNLP's own
 * multi-threaded depparse annotator shares it.
 */
final class UdParser {
    static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private UdParser() {
    }

    /** Basic UD edges of one sentence, with document token indices, ordered by dependent. */
    static List<Dependency> parse(List<Token> sentence) {
        List<CoreLabel> words = new ArrayList<>(sentence.size());
        for (Token token : sentence) {
            CoreLabel word = new CoreLabel();
            word.setWord(token.form());
            word.setValue(token.form());
            word.setTag(token.pos());
            words.add(word);
        }
        GrammaticalStructure structure = Holder.PARSER.predict(words);
        int offset = sentence.getFirst().index() - 1;   // nndep numbers words from 1, 0 is the root
        List<Dependency> edges = new ArrayList<>(sentence.size());
        for (TypedDependency edge : structure.typedDependencies()) {
            int governor = edge.gov().index();
            int head = governor == 0 ? -1 : offset + governor;
            edges.add(new Dependency(head, offset + edge.dep().index(), edge.reln().toString()));
        }
        edges.sort(Comparator.comparingInt(Dependency::dependent));
        return edges;
    }

    private static final class Holder {
        static final DependencyParser PARSER = DependencyParser.loadFromModelFile(MODEL);
    }
}
