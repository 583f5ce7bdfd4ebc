package org.hearsay.eval.quotes;

/**
 * One contiguous piece of a role: tokens [begin, end) and the characters they cover.
 */
public record TokenSpan(int begin, int end, int charBegin, int charEnd) {
}
