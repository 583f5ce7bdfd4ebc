package org.hearsay.cli;

import org.hearsay.core.InputException;
import org.hearsay.core.model.Analysis;

/** What became of one article in a batch. */
sealed interface Outcome {
    record Analysed(Analysis analysis) implements Outcome {
    }

    /** Bad input or an analysis error: counts as a failure and makes the exit code non-zero. */
    record Failed(InputException problem) implements Outcome {
    }

    /** Readable input that Hearsay does not handle (e.g. an unsupported language). */
    record Skipped(InputException reason) implements Outcome {
    }
}
