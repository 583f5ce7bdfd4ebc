package org.hearsay.core.pipeline;

import java.util.List;

/**
 * Everything language-specific: models, word lists and the stages built from them.
 * Packs are found with {@link java.util.ServiceLoader}; adding a language never touches the core.
 */
public interface LanguagePack {
    /** ISO 639-1 code, e.g. "de". */
    String language();

    /** The stages of the full analysis, in order. Expensive models may load here. */
    List<Stage> stages();
}
