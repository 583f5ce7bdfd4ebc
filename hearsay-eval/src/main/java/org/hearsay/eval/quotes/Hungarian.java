package org.hearsay.eval.quotes;

import java.util.Arrays;

/**
 * Linear-sum assignment by the Hungarian method with row and column potentials (Kuhn–Munkres as
 * refined by Jonker–Volgenant's shortest augmenting paths), O(n²·m) for n ≤ m. Rectangular
 * matrices are allowed: every row of the shorter side is assigned, the rest stay unassigned.
 */
public final class Hungarian {
    private Hungarian() {
    }

    /**
     * The assignment with the largest total score.
     *
     * @param score rows × columns, all rows the same length, finite values
     * @return for each row its column, or -1 when the row is left unassigned (only when rows > columns)
     */
    public static int[] maximise(double[][] score) {
        int rows = score.length;
        int columns = rows == 0 ? 0 : score[0].length;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : score) {
            if (row.length != columns) {
                throw new IllegalArgumentException("ragged score matrix");
            }
            for (double s : row) {
                if (!Double.isFinite(s)) {
                    throw new IllegalArgumentException("score " + s + " is not finite");
                }
                max = Math.max(max, s);
            }
        }
        double[][] cost = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                cost[i][j] = max - score[i][j];
            }
        }
        return minimise(cost);
    }

    /** The assignment with the smallest total cost; same shape rules as {@link #maximise}. */
    public static int[] minimise(double[][] cost) {
        int rows = cost.length;
        int columns = rows == 0 ? 0 : cost[0].length;
        if (rows == 0 || columns == 0) {
            int[] none = new int[rows];
            Arrays.fill(none, -1);
            return none;
        }
        if (rows <= columns) {
            return assignRows(cost, rows, columns);
        }
        // More rows than columns: solve the transpose, where every column gets a row.
        double[][] transposed = new double[columns][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                transposed[j][i] = cost[i][j];
            }
        }
        int[] rowOfColumn = assignRows(transposed, columns, rows);
        int[] columnOfRow = new int[rows];
        Arrays.fill(columnOfRow, -1);
        for (int j = 0; j < columns; j++) {
            columnOfRow[rowOfColumn[j]] = j;
        }
        return columnOfRow;
    }

    /** n ≤ m. Indices 1-based inside; column 0 is the virtual start of each augmenting path. */
    private static int[] assignRows(double[][] a, int n, int m) {
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] rowOf = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            rowOf[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = rowOf[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double reduced = a[i0 - 1][j - 1] - u[i0] - v[j];
                        if (reduced < minv[j]) {
                            minv[j] = reduced;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[rowOf[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOf[j0] != 0);
            do {
                int j1 = way[j0];
                rowOf[j0] = rowOf[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] columnOfRow = new int[n];
        Arrays.fill(columnOfRow, -1);
        for (int j = 1; j <= m; j++) {
            if (rowOf[j] != 0) {
                columnOfRow[rowOf[j] - 1] = j - 1;
            }
        }
        return columnOfRow;
    }
}
