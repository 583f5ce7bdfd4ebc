package org.hearsay.core.claims;

import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.pipeline.Stage;

/**
 * Claims for one language: every quotation's sentences and the article's own assertions with
 * holder, modality, polarity, condition, deadline and, for forward-looking ones, a question to
 * answer later. Rules over tokens, tags and morphology with the language's word lists; no model, no
 * state, safe for any number of threads. Dependencies are not read: they exist only for some
 * sentences.
 */
public final class ClaimStage implements Stage {
    /** Bumped when the rules change the output, so stored analyses can tell they are stale (edited word lists change the lexicon fingerprint). */
    private static final int RULES = 2;

    private final String name;
    private final ClaimLanguage language;

    /**
     * @param name     the stage's name ("de-claims")
     * @param language the pack's word knowledge
     */
    public ClaimStage(String name, ClaimLanguage language) {
        this.name = name;
        this.language = language;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.TIME_EXPRESSIONS, Layers.QUOTATIONS, Layers.SOURCES,
                Layers.ENTITIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.CLAIMS);
    }

    @Override
    public String configuration() {
        return "rules=" + RULES + ";lexicon=" + language.lexicon().fingerprint();
    }

    @Override
    public Analysis apply(Analysis analysis) {
        return analysis.with(Layers.CLAIMS, ClaimExtractor.extract(analysis, language));
    }
}
