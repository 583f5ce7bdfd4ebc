package org.hearsay.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Span;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.core.pipeline.Stage;
import org.junit.jupiter.api.Test;

class HearsayNerTaggerTest {

    /** Stands in for the German pack: fixed mentions at character offsets of the joined text. */
    private record FixedMentions(List<EntityMention> mentions) implements Stage {
        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> provides() {
            return Set.of(Layers.ENTITY_MENTIONS);
        }

        @Override
        public Analysis apply(Analysis analysis) {
            return analysis.with(Layers.ENTITY_MENTIONS, mentions);
        }
    }

    private static EntityMention mention(int start, int end, String type) {
        return new EntityMention(new Span(start, end), type, 0, 0, "");
    }

    @Test
    void mentionSpansMapToGoldTokens() {
        // "Anna Berger lobte EU-Minister aus Kiel" – offsets 0 5 12 18 30 34
        List<String> tokens = List.of("Anna", "Berger", "lobte", "EU-Minister", "aus", "Kiel");
        HearsayNerTagger tagger = new HearsayNerTagger(new Pipeline(List.of(new FixedMentions(List.of(
                mention(0, 11, "PER"), mention(34, 38, "LOC"), mention(18, 20, "ORG"))))));
        assertEquals(List.of(new Chunk(0, 2, "PER"), new Chunk(5, 6, "LOC"), new Chunk(3, 4, "ORG")),
                tagger.tag(tokens));
        assertTrue(tagger.remarks().startsWith("3 mentions in 1 sentences; 1 did not fall"), tagger.remarks());
    }
}
