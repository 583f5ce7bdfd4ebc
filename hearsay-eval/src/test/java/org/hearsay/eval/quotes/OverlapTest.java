package org.hearsay.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OverlapTest {

    @Test
    void tokenPrecisionRecallAndF1() {
        Overlap o = Overlap.of(Set.of(1, 2, 3, 4), Set.of(3, 4, 5));
        assertEquals(new Overlap(2, 3, 4), o);
        assertEquals(2.0 / 3, o.precision(), 1e-12);
        assertEquals(0.5, o.recall(), 1e-12);
        assertEquals(4.0 / 7, o.f1(), 1e-12);
    }

    @Test
    void bothEmptyAgreeAndOneEmptySideScoresZero() {
        Overlap none = Overlap.of(Set.of(), Set.of());
        assertEquals(1, none.precision());
        assertEquals(1, none.recall());
        assertEquals(1, none.f1());
        Overlap missed = Overlap.of(Set.of(7), Set.of());
        assertEquals(0, missed.precision());
        assertEquals(0, missed.recall());
        Overlap falseAlarm = Overlap.of(Set.of(), Set.of(7));
        assertEquals(0, falseAlarm.precision());
        assertEquals(0, falseAlarm.recall());
        assertEquals(0, falseAlarm.f1());
    }

    @Test
    void poolingAddsCounts() {
        Overlap pooled = Overlap.sum(List.of(new Overlap(1, 1, 2), new Overlap(0, 0, 1), new Overlap(4, 4, 4)));
        assertEquals(new Overlap(5, 5, 7), pooled);
        assertEquals(1, pooled.precision());
        assertEquals(5.0 / 7, pooled.recall(), 1e-12);
    }

    @Test
    void impossibleCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Overlap(3, 2, 5));
    }
}
