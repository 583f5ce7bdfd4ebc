package org.hearsay.core.time;

import org.hearsay.core.model.Span;

/**
 * A time phrase a language pack found, with what it means and the context the resolver needs.
 *
 * @param span      the phrase without its preposition
 * @param sentence  index of its sentence
 * @param meaning   what it says
 * @param mod       TIMEX3 mod from the phrase's own words ("Ende" → END), or null
 * @param relation  what its preposition says, or null
 * @param direction which way the statement points (tense), for filling in a missing year or week
 */
public record Mention(Span span, int sentence, Meaning meaning, String mod, Relation relation, Direction direction) {
}
