package org.hearsay.lang.de;

import java.util.List;
import org.hearsay.core.claims.ClaimStage;
import org.hearsay.core.pipeline.LanguagePack;
import org.hearsay.core.pipeline.PipelineOptions;
import org.hearsay.core.pipeline.Stage;
import org.hearsay.lang.de.claims.GermanClaimLanguage;
import org.hearsay.lang.de.coreference.GermanCoreferenceStage;
import org.hearsay.lang.de.dependencies.GermanDependencyStage;
import org.hearsay.lang.de.entities.GermanEntityStage;
import org.hearsay.lang.de.quotes.GermanQuotationStage;
import org.hearsay.lang.de.time.GermanTimeStage;
import org.hearsay.lang.de.tokens.GermanTokenStage;

/**
 * German: tokens with STTS tags, lemmas and UD features; UD dependency trees; named entities;
 * time expressions normalised to TIMEX3; quotations with their sources and relay chains; entities
 * with every reference to them; claims with holder, modality, condition and deadline.
 * Stages load their models on first use, so building the list is cheap and a pipeline that
 * needs only tokens never loads the parser.
 */
public final class GermanLanguagePack implements LanguagePack {

    @Override
    public String language() {
        return "de";
    }

    @Override
    public List<Stage> stages(PipelineOptions options) {
        return List.of(new GermanTokenStage(), new GermanEntityStage(), new GermanTimeStage(), new GermanQuotationStage(),
                new GermanCoreferenceStage(), new ClaimStage("de-claims", GermanClaimLanguage.INSTANCE),
                new GermanDependencyStage(options.parseScope()));
    }
}
