package org.hearsay.core.time;

/**
 * A time phrase a language's patterns found in one sentence, before context is added.
 *
 * @param start      offset in the sentence text
 * @param end        end offset in the sentence text
 * @param meaning    what it says
 * @param mod        TIMEX3 mod from its own words, or null
 * @param hint       direction its own words give ("vergangenen Samstag", "last Friday"), or null to
 *                   take the tense of its clause
 * @param relational true when a preceding "bis", "vor", "seit", "by", "before", "since" relates the
 *                   statement to it (false for durations, vague words and recurrences)
 */
public record Found(int start, int end, Meaning meaning, String mod, Direction hint, boolean relational) {
}
