package org.hearsay.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    private final long[] hundred = new long[100];

    {
        // 100, 99, …, 1: unsorted on purpose.
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i;
        }
    }

    @Test
    void nearestRankOnAHundredValues() {
        assertEquals(50, Percentiles.of(hundred, 50));
        assertEquals(99, Percentiles.of(hundred, 99));
        assertEquals(100, Percentiles.of(hundred, 100));
        assertEquals(1, Percentiles.of(hundred, 0.5));
    }

    @Test
    void smallSamplesPickAnObservedValue() {
        long[] values = {40, 10, 30, 20};
        assertEquals(20, Percentiles.of(values, 50));
        assertEquals(40, Percentiles.of(values, 99));
        assertEquals(7, Percentiles.of(new long[] {7}, 99));
    }

    @Test
    void inputIsNotReordered() {
        long[] values = {3, 1, 2};
        Percentiles.of(values, 50);
        assertEquals(3, values[0]);
    }

    @Test
    void rejectsEmptyInputAndBadPercent() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new long[0], 50));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(hundred, 0));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(hundred, 101));
    }
}
