package org.hearsay.lang.de.coreference;

import java.util.Set;
import org.hearsay.core.entities.EntityResolver;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.pipeline.Stage;

/**
 * German entities: each thing the article names, with its name variants and inflections, role
 * descriptions, pronouns, defined abbreviations and, for a place acting as an actor, what it
 * stands for. Rules over tokens, entity mentions and the sources the quotation stage resolved;
 * no model, so it costs little. Holds only immutable word lists: thread-safe.
 */
public final class GermanCoreferenceStage implements Stage {
    private final CoreferenceLexicon lexicon = CoreferenceLexicon.standard();

    @Override
    public String name() {
        return "de-coreference";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.ENTITY_MENTIONS, Layers.QUOTATIONS, Layers.SOURCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public String configuration() {
        return "rules=de-coreference-1;lists=" + lexicon.fingerprint();
    }

    @Override
    public Analysis apply(Analysis analysis) {
        return analysis.with(Layers.ENTITIES, EntityResolver.resolve(analysis, new GermanEntityLanguage(analysis, lexicon)));
    }
}
