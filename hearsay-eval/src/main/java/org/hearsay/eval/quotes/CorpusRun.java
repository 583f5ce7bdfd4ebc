package org.hearsay.eval.quotes;

import java.nio.file.Path;
import java.util.List;

/**
 * The systems' results on one corpus.
 *
 * @param skipped why the corpus was not scored (folder missing), else null
 * @param notes   what the reader had to decide about the data (annotator files, skipped lines)
 */
public record CorpusRun(QuoteCorpus corpus, Path path, int documents, List<SystemResult> systems, List<String> notes,
                        String skipped) {
    public CorpusRun {
        systems = List.copyOf(systems);
        notes = List.copyOf(notes);
    }

    public static CorpusRun skipped(QuoteCorpus corpus, Path path, String why) {
        return new CorpusRun(corpus, path, 0, List.of(), List.of(), why);
    }
}
