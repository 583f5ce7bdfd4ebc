package org.hearsay.core.pipeline;

import java.util.List;

/**
 * Everything language-specific: models, word lists and the stages built from them.
 * Packs are found with {@link java.util.ServiceLoader}; adding a language never touches the core.
 */
public interface LanguagePack {
    /** ISO 639-1 code, e.g. "de". */
    String language();

    /** The stages of the full analysis, in order. Building them should be cheap: models load on first use. */
    List<Stage> stages(PipelineOptions options);

    /** The stages with default options. */
    default List<Stage> stages() {
        return stages(PipelineOptions.DEFAULT);
    }
}
