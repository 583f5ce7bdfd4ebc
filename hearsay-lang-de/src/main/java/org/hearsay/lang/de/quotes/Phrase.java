package org.hearsay.lang.de.quotes;

/** A half-open range [first, end) of document token indices. */
record Phrase(int first, int end) {
    Phrase {
        if (end < first) {
            throw new IllegalArgumentException("bad phrase [" + first + ", " + end + ")");
        }
    }

    boolean isEmpty() {
        return first == end;
    }
}
