package org.hearsay.lang.en;

import java.util.List;
import org.hearsay.core.pipeline.LanguagePack;
import org.hearsay.core.pipeline.Stage;
import org.hearsay.lang.en.dependencies.EnglishDependencyStage;
import org.hearsay.lang.en.dependencies.ParseScope;
import org.hearsay.lang.en.entities.EnglishEntityStage;
import org.hearsay.lang.en.tokens.EnglishTokenStage;

/**
 * English: CoreNLP tokens, tags and lemmas, CoNLL named entities and UD dependencies.
 * Building the stages loads no model; each model loads once per JVM when first used.
 */
public final class EnglishLanguagePack implements LanguagePack {
    private final ParseScope parseScope;

    /** The pack {@link java.util.ServiceLoader} finds: parses only sentences that may report speech. */
    public EnglishLanguagePack() {
        this(ParseScope.CUE_SENTENCES);
    }

    public EnglishLanguagePack(ParseScope parseScope) {
        this.parseScope = parseScope;
    }

    @Override
    public String language() {
        return "en";
    }

    @Override
    public List<Stage> stages() {
        return List.of(new EnglishTokenStage(), new EnglishEntityStage(), new EnglishDependencyStage(parseScope));
    }
}
