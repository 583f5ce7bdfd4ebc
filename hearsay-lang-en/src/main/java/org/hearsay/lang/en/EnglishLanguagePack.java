package org.hearsay.lang.en;

import java.util.List;
import org.hearsay.core.claims.ClaimStage;
import org.hearsay.core.pipeline.LanguagePack;
import org.hearsay.core.pipeline.PipelineOptions;
import org.hearsay.core.pipeline.Stage;
import org.hearsay.lang.en.claims.EnglishClaimLanguage;
import org.hearsay.lang.en.coreference.EnglishCoreferenceStage;
import org.hearsay.lang.en.dependencies.EnglishDependencyStage;
import org.hearsay.lang.en.entities.EnglishEntityStage;
import org.hearsay.lang.en.quotes.EnglishQuotationStage;
import org.hearsay.lang.en.time.EnglishTimeStage;
import org.hearsay.lang.en.tokens.EnglishTokenStage;

/**
 * English: CoreNLP tokens, tags and lemmas, CoNLL named entities, quotations and their sources,
 * entities with every reference to them, UD dependencies, TIMEX3 time expressions and claims (last,
 * since they need the times).
 * Building the stages loads no model; each model loads once per JVM when first used.
 */
public final class EnglishLanguagePack implements LanguagePack {
    @Override
    public String language() {
        return "en";
    }

    @Override
    public List<Stage> stages(PipelineOptions options) {
        return List.of(new EnglishTokenStage(), new EnglishEntityStage(), new EnglishQuotationStage(),
                new EnglishCoreferenceStage(), new EnglishDependencyStage(options.parseScope()), new EnglishTimeStage(),
                new ClaimStage("en-claims", EnglishClaimLanguage.INSTANCE));
    }
}
