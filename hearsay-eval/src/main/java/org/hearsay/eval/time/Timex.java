package org.hearsay.eval.time;

/**
 * A TIMEX3 over a document's plain text, from gold or from a system.
 *
 * @param start first character (UTF-16 index into the plain text)
 * @param end   one past the last character
 * @param type  DATE, TIME, DURATION or SET
 * @param value TIMEX3 value, "" when the system gave none
 * @param text  the covered text
 */
public record Timex(int start, int end, String type, String value, String text) {
    public boolean overlaps(Timex other) {
        return start < other.end && other.start < end;
    }

    public int overlap(Timex other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }
}
