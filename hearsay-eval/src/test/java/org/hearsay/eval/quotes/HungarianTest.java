package org.hearsay.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HungarianTest {

    @Test
    void squareMinimumIsNotTheGreedyChoice() {
        // Greedy takes row 0 → column 0 (cost 1) and then pays at least 9 + 9; the optimum is 2 + 2 + 3.
        double[][] cost = {
                {1, 2, 9},
                {2, 100, 9},
                {9, 9, 3}};
        assertArrayEquals(new int[] {1, 0, 2}, Hungarian.minimise(cost));
    }

    @Test
    void maximiseTakesTheLargestTotal() {
        double[][] score = {
                {0.9, 0.8},
                {0.8, 0.1}};
        // 0.9 + 0.1 = 1.0 < 0.8 + 0.8 = 1.6
        assertArrayEquals(new int[] {1, 0}, Hungarian.maximise(score));
    }

    @Test
    void widerThanTallAssignsEveryRow() {
        double[][] score = {
                {0.1, 0.5, 0.2},
                {0.1, 0.6, 0.0}};
        // Both rows want column 1; 0.5 + 0.1 = 0.6 < 0.2 + 0.6 = 0.8.
        assertArrayEquals(new int[] {2, 1}, Hungarian.maximise(score));
    }

    @Test
    void tallerThanWideLeavesRowsUnassigned() {
        double[][] score = {
                {0.2, 0.0},
                {0.9, 0.8},
                {0.7, 0.1}};
        // Two columns for three rows: 0.8 (row 1 → col 1) + 0.7 (row 2 → col 0) = 1.5 is best.
        assertArrayEquals(new int[] {-1, 1, 0}, Hungarian.maximise(score));
    }

    @Test
    void emptySidesAssignNothing() {
        assertArrayEquals(new int[0], Hungarian.maximise(new double[0][0]));
        assertArrayEquals(new int[] {-1, -1}, Hungarian.maximise(new double[2][0]));
    }

    @Test
    void raggedOrNonFiniteMatricesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Hungarian.maximise(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> Hungarian.maximise(new double[][] {{Double.NaN}}));
    }

    @Test
    void agreesWithBruteForceOnRandomMatrices() {
        Random random = new Random(20240501);
        for (int trial = 0; trial < 300; trial++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            double[][] score = new double[rows][columns];
            for (double[] row : score) {
                for (int j = 0; j < columns; j++) {
                    // Few distinct values, so that ties occur.
                    row[j] = random.nextInt(5) / 4.0;
                }
            }
            int[] assigned = Hungarian.maximise(score);
            assertValid(assigned, rows, columns);
            assertEquals(bruteForceBest(score, 0, new boolean[columns]), total(score, assigned), 1e-9,
                    "trial " + trial);
        }
    }

    private static void assertValid(int[] assigned, int rows, int columns) {
        assertEquals(rows, assigned.length);
        boolean[] taken = new boolean[columns];
        int count = 0;
        for (int column : assigned) {
            if (column >= 0) {
                assertEquals(false, taken[column], "column assigned twice");
                taken[column] = true;
                count++;
            }
        }
        assertEquals(Math.min(rows, columns), count);
    }

    private static double total(double[][] score, int[] assigned) {
        double sum = 0;
        for (int i = 0; i < assigned.length; i++) {
            if (assigned[i] >= 0) {
                sum += score[i][assigned[i]];
            }
        }
        return sum;
    }

    /** Every assignment of min(rows, columns) pairs; rows may stay unassigned only when columns run out. */
    private static double bruteForceBest(double[][] score, int row, boolean[] used) {
        if (row == score.length) {
            return 0;
        }
        int free = 0;
        for (boolean u : used) {
            free += u ? 0 : 1;
        }
        double best = Double.NEGATIVE_INFINITY;
        if (score.length - row > free) {
            best = bruteForceBest(score, row + 1, used);
        }
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.max(best, score[row][j] + bruteForceBest(score, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }
}
