package org.hearsay.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.hearsay.core.InputException;
import org.hearsay.core.json.AnalysisJson;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.core.pipeline.LanguagePack;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.core.pipeline.Stage;
import org.junit.jupiter.api.Test;

class EnglishLanguagePackTest {

    @Test
    void serviceLoaderFindsTheEnglishPack() {
        List<String> languages = ServiceLoader.load(LanguagePack.class).stream()
                .map(ServiceLoader.Provider::get).map(LanguagePack::language).toList();
        assertTrue(languages.contains("en"), languages.toString());
        assertTrue(Analyzer.installed().supports("en"));
    }

    @Test
    void stagesRunInOrderAndProvideEveryLayer() {
        Pipeline pipeline = new Pipeline(new EnglishLanguagePack().stages());
        assertEquals(List.of("en-tokens", "en-entities", "en-quotations", "en-coreference", "en-dependencies", "en-time",
                        "en-claims"),
                pipeline.stages().stream().map(Stage::name).toList());
        assertEquals(Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.ENTITY_MENTIONS, Layers.DEPENDENCIES,
                Layers.TIME_EXPRESSIONS, Layers.QUOTATIONS, Layers.SOURCES, Layers.SOURCE_RELAYS, Layers.ENTITIES, Layers.CLAIMS),
                pipeline.provides());
    }

    @Test
    void askingForTokensKeepsOnlyTheTokenStage() {
        Pipeline tokensOnly = new Pipeline(new EnglishLanguagePack().stages()).only(Set.of(Layers.TOKENS));
        assertEquals(List.of("en-tokens"), tokensOnly.stages().stream().map(Stage::name).toList());
        Analysis analysis = tokensOnly.analyze(TestArticles.article(TestArticles.BRIDGE));
        assertFalse(analysis.has(Layers.ENTITY_MENTIONS));
        assertFalse(analysis.get(Layers.TOKENS).isEmpty());
    }

    @Test
    void analyzerRoutesEnglishArticlesToThePack() throws InputException {
        Analysis analysis = Analyzer.installed().analyze(TestArticles.article(TestArticles.SUMMIT));
        assertEquals(List.of("en-tokens", "en-entities", "en-quotations", "en-coreference", "en-dependencies", "en-time",
                "en-claims"), analysis.provenance().stages());
        assertEquals(TestArticles.analyse(TestArticles.SUMMIT).layers(), analysis.layers());
    }

    @Test
    void englishAnalysesSurviveAJsonRoundTrip() throws IOException {
        Analysis analysis = TestArticles.analyse(TestArticles.BRIDGE);
        assertEquals(analysis, AnalysisJson.read(AnalysisJson.write(analysis)));
    }
}
