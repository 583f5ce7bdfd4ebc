package org.hearsay.eval.ner;

import java.nio.file.Path;
import java.util.Set;

/**
 * @param corpus  the GermEval 2014 TSV file (by default ../shared/corpora/germeval2014/NER-de-dev.tsv)
 * @param limit   score only the first N sentences; 0 for all
 * @param systems which systems to run, each scored on the same sentences
 */
public record NerEvalOptions(Path corpus, int limit, Set<NerSystem> systems) {
    public static final Path DEFAULT_CORPUS = Path.of("../shared/corpora/germeval2014/NER-de-dev.tsv");

    public NerEvalOptions {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (all) or positive");
        }
        systems = Set.copyOf(systems);
    }
}
