package org.hearsay.eval.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.List;
import org.hearsay.core.model.Span;
import org.junit.jupiter.api.Test;

class ClaimMatcherTest {
    @Test
    void eachPredictionGoesToTheEvidenceItOverlapsMost() {
        List<Span> evidence = List.of(new Span(0, 10), new Span(20, 30));
        List<Span> predicted = List.of(new Span(18, 40), new Span(0, 22));
        assertArrayEquals(new int[] {1, 0}, ClaimMatcher.match(evidence, predicted));
    }

    @Test
    void aPredictionCoveringTwoEvidencesMatchesOnlyOne() {
        List<Span> evidence = List.of(new Span(0, 5), new Span(10, 30));
        assertArrayEquals(new int[] {-1, 0}, ClaimMatcher.match(evidence, List.of(new Span(0, 40))));
    }

    @Test
    void noOverlapIsNoMatch() {
        List<Span> evidence = List.of(new Span(0, 5), new Span(10, 20));
        assertArrayEquals(new int[] {-1, 1}, ClaimMatcher.match(evidence, Arrays.asList(new Span(5, 9), new Span(19, 25))));
        assertArrayEquals(new int[] {-1}, ClaimMatcher.match(List.of(new Span(0, 5)), Arrays.asList((Span) null)));
        assertArrayEquals(new int[] {-1, -1}, ClaimMatcher.match(evidence, List.of()));
        assertArrayEquals(new int[] {}, ClaimMatcher.match(List.of(), List.of(new Span(0, 3))));
    }
}
