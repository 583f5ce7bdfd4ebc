package org.hearsay.core.time;

import org.hearsay.core.model.Span;

/**
 * A noun that may name an event ("Amtseinführung"), as a language pack found it in a sentence.
 * When that sentence gives exactly one day, the event is taken to happen on that day.
 *
 * @param key      lemma, lower case
 * @param sentence index of its sentence
 * @param span     the noun in the text
 */
public record EventNoun(String key, int sentence, Span span) {
}
