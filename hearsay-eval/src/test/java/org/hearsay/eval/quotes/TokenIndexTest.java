package org.hearsay.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Span;
import org.junit.jupiter.api.Test;

class TokenIndexTest {
    // "Er sagte: „Ja.“" → Er | sagte | : | „ | Ja | . | “
    private final TokenIndex index = new TokenIndex(List.of(new Span(0, 2), new Span(3, 8), new Span(8, 9),
            new Span(10, 11), new Span(11, 13), new Span(13, 14), new Span(14, 15)));

    @Test
    void aTokenCountsWhenTheSpanTouchesOneOfItsCharacters() {
        assertEquals(Set.of(3, 4, 5, 6), index.overlapping(List.of(new Span(10, 15))));
        // "agt" inside "sagte" still selects the token.
        assertEquals(Set.of(1), index.overlapping(List.of(new Span(4, 7))));
        // From the last character of "Er" to the first of "sagte".
        assertEquals(Set.of(0, 1), index.overlapping(List.of(new Span(1, 4))));
    }

    @Test
    void whiteSpaceAndEmptySpansSelectNothing() {
        assertEquals(Set.of(), index.overlapping(List.of(new Span(2, 3))));
        assertEquals(Set.of(), index.overlapping(List.of(new Span(5, 5))));
        assertEquals(Set.of(), index.overlapping(List.of()));
    }

    @Test
    void piecesAreUnited() {
        assertEquals(Set.of(0, 4), index.overlapping(List.of(new Span(0, 2), new Span(11, 13))));
    }

    @Test
    void overlappingTokensAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TokenIndex(List.of(new Span(0, 3), new Span(2, 4))));
    }
}
