package org.hearsay.eval.time;

import java.nio.file.Path;

/**
 * Settings of {@code hearsay eval time}.
 *
 * @param corpora       the shared corpora folder (holds krauts/ and tempeval3-en/)
 * @param heidelTime    also run the HeidelTime baseline (when it is on the class path)
 * @param errorExamples how many errors of each category to list per system and corpus
 * @param maxDocuments  documents per corpus at most (0: all), for quick runs
 */
public record TimeEvalOptions(Path corpora, boolean heidelTime, int errorExamples, int maxDocuments) {
    public static TimeEvalOptions defaults(Path corpora) {
        return new TimeEvalOptions(corpora, true, 10, 0);
    }
}
