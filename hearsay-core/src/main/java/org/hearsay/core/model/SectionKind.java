package org.hearsay.core.model;

/** The role a block of text plays in an article's layout. */
public enum SectionKind {
    TITLE, LEAD, DATELINE, BYLINE, HEADING, PARAGRAPH
}
