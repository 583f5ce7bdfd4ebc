package org.hearsay.core.time;

/**
 * Which way from the publication time a statement points, taken from its tense and wording: a
 * bare "7. November" in "gratulierte am 7. November" is the last one, in "wird am 20. Januar
 * antreten" the next one.
 */
public enum Direction { PAST, FUTURE, UNKNOWN }
