package org.hearsay.lang.en.time;

import org.hearsay.core.time.Direction;
import org.hearsay.core.time.Meaning;

/**
 * A time phrase the patterns found in one sentence, before context is added.
 *
 * @param start      offset in the sentence text
 * @param end        end offset in the sentence text
 * @param meaning    what it says
 * @param mod        TIMEX3 mod from its own words, or null
 * @param hint       direction its own words give ("last Friday"), or null to take the tense
 * @param relational true when a preceding "by", "before", "since" relates the statement to it
 */
record Found(int start, int end, Meaning meaning, String mod, Direction hint, boolean relational) {
}
