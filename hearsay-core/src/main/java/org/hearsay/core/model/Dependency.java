package org.hearsay.core.model;

/**
 * A dependency edge between two tokens of one sentence (Universal Dependencies relations).
 *
 * @param head      token index of the governor, or -1 for the root
 * @param dependent token index of the dependent
 * @param relation  relation label (nsubj, obj, ccomp, root…)
 */
public record Dependency(int head, int dependent, String relation) {
}
