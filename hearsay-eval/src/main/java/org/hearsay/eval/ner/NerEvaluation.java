package org.hearsay.eval.ner;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.hearsay.eval.Environment;

/**
 * {@code hearsay eval ner}: scores NER systems on GermEval 2014 (the dev set here; the test set
 * is held back). The metric is the outer level of the official "strict" measure, limited to the
 * three classes Hearsay produces: a predicted PER/ORG/LOC counts only with exact type and span.
 */
public final class NerEvaluation {
    static final List<String> TARGETS = List.of("PER", "ORG", "LOC");

    private NerEvaluation() {
    }

    public static NerReport run(NerEvalOptions options) {
        if (!Files.isRegularFile(options.corpus())) {
            return NerReport.skipped(options.corpus(), "corpus file " + options.corpus() + " not found");
        }
        List<GermEvalSentence> sentences = GermEvalReader.read(options.corpus());
        if (options.limit() > 0 && sentences.size() > options.limit()) {
            sentences = sentences.subList(0, options.limit());
        }
        Environment environment = Environment.current();
        List<SystemScore> scores = new ArrayList<>();
        for (NerSystem system : NerSystem.values()) {
            if (options.systems().contains(system)) {
                scores.add(score(system, sentences));
            }
        }
        return new NerReport(options.corpus(), sentences.size(), scores, environment, null);
    }

    private static SystemScore score(NerSystem system, List<GermEvalSentence> sentences) {
        long loadStart = System.nanoTime();
        NerTagger tagger = system.load();
        long tagStart = System.nanoTime();
        ChunkScorer scorer = new ChunkScorer(TARGETS);
        for (GermEvalSentence sentence : sentences) {
            scorer.add(sentence.goldChunks(), tagger.tag(sentence.tokens()));
        }
        long end = System.nanoTime();
        return new SystemScore(system, scorer.perType(), scorer.micro(), scorer.errors(),
                (tagStart - loadStart) / 1e9, (end - tagStart) / 1e9, tagger.remarks());
    }
}
