package org.hearsay.core.pipeline;

/**
 * Settings a language pack builds its stages with.
 *
 * @param parseScope which sentences are dependency-parsed
 */
public record PipelineOptions(ParseScope parseScope) {
    public static final PipelineOptions DEFAULT = new PipelineOptions(ParseScope.ATTRIBUTED_SENTENCES);

    public PipelineOptions {
        if (parseScope == null) {
            throw new IllegalArgumentException("parseScope is required");
        }
    }
}
