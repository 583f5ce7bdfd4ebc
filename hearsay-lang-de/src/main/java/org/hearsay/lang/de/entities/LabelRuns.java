package org.hearsay.lang.de.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups per-token labels (IO scheme: PER, ORG, LOC, MISC or O) into maximal runs of one type.
 * The CRF was trained on IO labels, so two adjacent names of one type come out as one run;
 * later steps split such merges.
 */
final class LabelRuns {
    /** Tokens [start, end) of one sentence labelled {@code type}. */
    record Run(int start, int end, String type) {
    }

    private LabelRuns() {
    }

    static List<Run> of(List<String> labels) {
        List<Run> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= labels.size(); i++) {
            String label = i < labels.size() ? labels.get(i) : "O";
            if (start >= 0 && !label.equals(labels.get(start))) {
                runs.add(new Run(start, i, labels.get(start)));
                start = -1;
            }
            if (start < 0 && !label.equals("O")) {
                start = i;
            }
        }
        return runs;
    }
}
