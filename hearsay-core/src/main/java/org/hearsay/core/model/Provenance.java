package org.hearsay.core.model;

import java.util.List;

/**
 * What produced an analysis, so stored results can be told apart when the pipeline changes.
 *
 * @param version    Hearsay version
 * @param configHash hash of the stage list and their settings
 * @param stages     names of the stages that ran, in order
 */
public record Provenance(String version, String configHash, List<String> stages) {
    public Provenance {
        stages = List.copyOf(stages);
    }
}
