package org.hearsay.lang.en.coreference;

import java.util.Set;
import org.hearsay.core.entities.EntityResolver;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.pipeline.Stage;

/**
 * English entities: each thing the article names, with its name variants, role descriptions,
 * pronouns, defined abbreviations and, for a place acting as an actor, what it stands for. Rules
 * over tokens, entity mentions and the sources the quotation stage resolved; no model of its own.
 * Holds only immutable word lists: thread-safe.
 */
public final class EnglishCoreferenceStage implements Stage {

    @Override
    public String name() {
        return "en-coreference";
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
        return "rules=en-coreference-1;lists=" + EnglishCoreferenceLexicon.standard().fingerprint();
    }

    @Override
    public Analysis apply(Analysis analysis) {
        return analysis.with(Layers.ENTITIES,
                EntityResolver.resolve(analysis, new EnglishEntityLanguage(analysis, EnglishCoreferenceLexicon.standard())));
    }
}
