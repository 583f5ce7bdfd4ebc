package org.hearsay.cli;

import java.time.LocalDateTime;

/** Small pieces of the tracking commands' readable output. */
final class TrackingText {
    private TrackingText() {
    }

    /** The day of a publication time, or "undated". */
    static String day(LocalDateTime time) {
        return time == null ? "undated" : time.toLocalDate().toString();
    }

    /** The outlet, or "-" when the reader found none (plain-text files name none). */
    static String outlet(String outlet) {
        return outlet == null ? "-" : outlet;
    }
}
