package org.hearsay.core.pipeline;

import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layer;

/**
 * One step of analysis: reads the layers it requires and adds the layers it provides.
 * Implementations are thread-safe so one pipeline can serve several worker threads.
 */
public interface Stage {
    String name();

    Set<Layer<?>> requires();

    Set<Layer<?>> provides();

    Analysis apply(Analysis analysis);

    /** Settings that change the output (model names, switches); part of the configuration hash. */
    default String configuration() {
        return "";
    }
}
