package org.hearsay.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkScorerTest {
    private final ChunkScorer scorer = new ChunkScorer(List.of("PER", "ORG", "LOC"));

    @Test
    void exactSpanAndTypeIsCorrect() {
        scorer.add(List.of(new Chunk(0, 2, "PER"), new Chunk(5, 6, "LOC")),
                List.of(new Chunk(0, 2, "PER"), new Chunk(5, 6, "LOC")));
        assertEquals(new TypeScore("all", 2, 2, 2), scorer.micro());
        assertEquals(1.0, scorer.micro().f1(), 1e-9);
    }

    @Test
    void typeMismatchCountsAgainstBothTypes() {
        scorer.add(List.of(new Chunk(0, 1, "ORG")), List.of(new Chunk(0, 1, "LOC")));
        List<TypeScore> perType = scorer.perType();
        assertEquals(new TypeScore("ORG", 1, 0, 0), perType.get(1));
        assertEquals(new TypeScore("LOC", 0, 1, 0), perType.get(2));
        assertEquals(new ErrorBreakdown(1, 0, 0, 0, 0, 0), scorer.errors());
    }

    @Test
    void boundaryErrorIsNeitherCorrectNorMissed() {
        scorer.add(List.of(new Chunk(0, 2, "PER")), List.of(new Chunk(1, 2, "PER")));
        assertEquals(new TypeScore("PER", 1, 1, 0), scorer.perType().get(0));
        assertEquals(new ErrorBreakdown(0, 1, 0, 0, 0, 0), scorer.errors());
    }

    @Test
    void derivAndPartGoldAreNoTargetsAndPredictionsOnThemAreSpurious() {
        // "die deutschen Bundesliga-Vereine": LOCderiv and ORGpart in the gold, not scored.
        scorer.add(List.of(new Chunk(1, 2, "LOCderiv"), new Chunk(2, 3, "ORGpart")),
                List.of(new Chunk(1, 2, "LOC")));
        assertEquals(new TypeScore("all", 0, 1, 0), scorer.micro());
        assertEquals(new ErrorBreakdown(0, 0, 1, 0, 0, 0), scorer.errors());
    }

    @Test
    void miscPredictionsAreIgnoredButExplainMisses() {
        scorer.add(List.of(new Chunk(0, 1, "ORG"), new Chunk(3, 4, "PER")),
                List.of(new Chunk(0, 1, "MISC"), new Chunk(6, 7, "PER")));
        assertEquals(new TypeScore("all", 2, 1, 0), scorer.micro());
        assertEquals(new ErrorBreakdown(0, 0, 0, 1, 2, 1), scorer.errors());
    }

    @Test
    void microAveragesOverSentencesAndTypes() {
        scorer.add(List.of(new Chunk(0, 1, "PER"), new Chunk(2, 3, "ORG")), List.of(new Chunk(0, 1, "PER")));
        scorer.add(List.of(new Chunk(0, 1, "LOC")), List.of(new Chunk(0, 1, "LOC"), new Chunk(4, 5, "LOC")));
        TypeScore micro = scorer.micro();
        assertEquals(new TypeScore("all", 3, 3, 2), micro);
        assertEquals(2.0 / 3, micro.precision(), 1e-9);
        assertEquals(2.0 / 3, micro.recall(), 1e-9);
        assertEquals(new TypeScore("LOC", 1, 2, 1), scorer.perType().get(2));
        assertEquals(0.5, scorer.perType().get(2).precision(), 1e-9);
    }

    @Test
    void noPredictionsGiveZeroNotNaN() {
        scorer.add(List.of(new Chunk(0, 1, "PER")), List.of());
        assertEquals(0.0, scorer.micro().f1());
    }
}
