package org.hearsay.core.model;

/** One block of an article (title, lead, heading, paragraph…) as a span of its text. */
public record Section(SectionKind kind, Span span) {
}
