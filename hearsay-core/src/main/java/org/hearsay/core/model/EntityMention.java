package org.hearsay.core.model;

/**
 * A named-entity mention.
 *
 * @param span       characters in the article text
 * @param type       PER, ORG, LOC or MISC
 * @param firstToken first token index
 * @param endToken   one past the last token index
 * @param text       the covered text, for readers of the JSON
 */
public record EntityMention(Span span, String type, int firstToken, int endToken, String text) {
}
