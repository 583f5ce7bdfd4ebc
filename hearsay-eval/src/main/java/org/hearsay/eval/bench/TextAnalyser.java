package org.hearsay.eval.bench;

/** A benchmarked system inside the worker JVM: its models are loaded on construction. */
interface TextAnalyser {
    /** Runs the system's full analysis of one German text and discards the result. */
    void analyse(String text);
}
