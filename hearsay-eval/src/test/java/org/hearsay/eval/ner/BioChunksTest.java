package org.hearsay.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BioChunksTest {

    @Test
    void bioTagsGiveOneChunkPerBeginning() {
        List<String> tags = List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "B-LOCderiv");
        assertEquals(List.of(new Chunk(0, 2, "PER"), new Chunk(3, 4, "LOC"), new Chunk(4, 6, "LOC"),
                new Chunk(6, 7, "LOCderiv")), BioChunks.decode(tags));
    }

    @Test
    void bareLabelsJoinUntilTheTypeChanges() {
        List<String> labels = List.of("PER", "PER", "ORG", "O", "ORG", "ORG");
        assertEquals(List.of(new Chunk(0, 2, "PER"), new Chunk(2, 3, "ORG"), new Chunk(4, 6, "ORG")),
                BioChunks.decode(labels));
    }

    @Test
    void insideTagAfterOutsideStartsAChunk() {
        assertEquals(List.of(new Chunk(1, 3, "ORG")), BioChunks.decode(List.of("O", "I-ORG", "I-ORG")));
    }
}
