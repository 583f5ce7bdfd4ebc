package org.hearsay.eval.quotes;

/**
 * One system's scores on one corpus.
 *
 * @param loadSeconds building the system (models)
 * @param runSeconds  predicting all documents, single-threaded
 * @param remarks     the system's own remarks on the run
 */
public record SystemResult(String system, QuoteScores scores, double loadSeconds, double runSeconds,
                           String remarks) {
}
