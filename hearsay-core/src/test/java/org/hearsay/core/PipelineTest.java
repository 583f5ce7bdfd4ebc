package org.hearsay.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.core.pipeline.Stage;
import org.junit.jupiter.api.Test;

class PipelineTest {
    record FakeStage(String name, Set<Layer<?>> requires, Set<Layer<?>> provides, String configuration) implements Stage {
        @Override
        public Analysis apply(Analysis analysis) {
            Analysis out = analysis;
            for (Layer<?> l : provides) {
                out = out.with(l, List.of());
            }
            return out;
        }
    }

    static final Stage SPLIT = new FakeStage("split", Set.of(), Set.of(Layers.SENTENCES, Layers.TOKENS), "");
    static final Stage NER = new FakeStage("ner", Set.of(Layers.TOKENS), Set.of(Layers.ENTITY_MENTIONS), "m1");
    static final Stage PARSE = new FakeStage("parse", Set.of(Layers.TOKENS), Set.of(Layers.DEPENDENCIES), "");

    @Test
    void stagesMustComeAfterTheLayersTheyNeed() {
        assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(NER, SPLIT)));
        assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(SPLIT, SPLIT)));
    }

    @Test
    void onlyKeepsTheStagesAWantedLayerNeeds() {
        Pipeline full = new Pipeline(List.of(SPLIT, NER, PARSE));
        Pipeline entities = full.only(Set.of(Layers.ENTITY_MENTIONS));
        assertEquals(List.of(SPLIT, NER), entities.stages());
        Analysis a = entities.analyze(new Article("x", "mem", "text", null, null, null, null, null, "de", "Hallo.", List.of()));
        assertEquals(Set.of("sentences", "tokens", "entityMentions"), a.layers().keySet());
    }

    @Test
    void configurationHashChangesWithStageSettings() {
        Stage otherNer = new FakeStage("ner", Set.of(Layers.TOKENS), Set.of(Layers.ENTITY_MENTIONS), "m2");
        assertNotEquals(new Pipeline(List.of(SPLIT, NER)).provenance().configHash(),
                new Pipeline(List.of(SPLIT, otherNer)).provenance().configHash());
    }

    @Test
    void spansRejectNegativeOrInvertedRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Span(3, 2));
        assertThrows(IllegalArgumentException.class,
                () -> new Article("x", "m", "text", null, null, null, null, null, "de", "ab",
                        List.of(new org.hearsay.core.model.Section(org.hearsay.core.model.SectionKind.PARAGRAPH, new Span(0, 3)))));
        assertEquals("b", new Span(1, 2).of("ab"));
        assertEquals(0, new Sentence(0, new Span(0, 1), 0, 0).firstToken());
    }
}
