package org.hearsay.core.time;

/**
 * Which way from the publication time a statement points, taken from its tense and wording: a
 * bare "7. November" in "gratulierte am 7. November" is the last one, in "wird am 20. Januar
 * antreten" the next one.
 */
public enum Direction {
    PAST,
    FUTURE,
    /**
     * Present tense of a verb that is not one of saying ("Der Streik beginnt am Montag", "the plant
     * reopens Tuesday"): news tell what is over in a past tense, so a named weekday in the present
     * is the coming one; for dates it says no more than {@link #UNKNOWN}.
     */
    PRESENT,
    UNKNOWN
}
