package org.hearsay.core.model;

/**
 * A sentence: its span and the half-open range [firstToken, endToken) of token indices.
 */
public record Sentence(int index, Span span, int firstToken, int endToken) {
}
