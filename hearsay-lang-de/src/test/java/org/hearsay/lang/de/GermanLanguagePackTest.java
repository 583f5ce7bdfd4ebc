package org.hearsay.lang.de;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hearsay.core.json.AnalysisJson;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.core.pipeline.LanguagePack;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.core.pipeline.Stage;
import org.junit.jupiter.api.Test;

class GermanLanguagePackTest {

    @Test
    void isFoundThroughTheServiceLoader() {
        List<String> languages = ServiceLoader.load(LanguagePack.class).stream()
                .map(p -> p.get().language()).toList();
        assertTrue(languages.contains("de"), languages.toString());
        assertTrue(Analyzer.installed().supports("de"));
    }

    @Test
    void stagesFormAValidPipelineAndTokensAloneSkipTheParser() {
        Pipeline full = new Pipeline(new GermanLanguagePack().stages());
        assertTrue(full.provides().containsAll(Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.DEPENDENCIES,
                Layers.ENTITY_MENTIONS)));
        List<String> tokensOnly = full.only(Set.of(Layers.TOKENS)).stages().stream().map(Stage::name).toList();
        assertEquals(List.of("de-tokens"), tokensOnly);
    }

    @Test
    void analysesSurviveJsonUnchanged() throws Exception {
        Analysis a = GermanText.analyse("Die Ministerin sagte, sie habe „keine Zeit“ gehabt.");
        assertEquals(a, AnalysisJson.read(AnalysisJson.write(a)));
    }

    @Test
    void threadsSharingThePipelineGetTheSameResultsAsOneThread() throws Exception {
        List<String> texts = List.of(
                "Der Minister sagte, er habe keine Zeit.",
                "Laut der Sprecherin würden die Gespräche am 3. März fortgesetzt.",
                "„Wir stimmen nicht zu“, erklärte der Verband, der rund 3,5 Mio. Mitglieder hat.",
                "Die Polizei stellte fest, dass der Fahrer zu schnell war.");
        List<Analysis> sequential = new ArrayList<>();
        for (String text : texts) {
            sequential.add(GermanText.analyse(text));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Analysis>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String text : texts) {
                    futures.add(pool.submit(() -> GermanText.analyse(text)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % texts.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
