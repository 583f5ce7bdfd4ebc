package org.hearsay.lang.de.entities;

import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;

/** Test helpers: run the stage and read its mentions as "TYPE text" strings. */
final class Mentions {
    private Mentions() {
    }

    static List<EntityMention> of(Analysis analysis) {
        return SharedStage.STAGE.apply(analysis).get(Layers.ENTITY_MENTIONS);
    }

    static List<String> labelled(String... sentences) {
        return of(PreTokenized.ofSentences(sentences)).stream().map(m -> m.type() + " " + m.text()).toList();
    }
}
