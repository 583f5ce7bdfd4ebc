package org.hearsay.core.model;

import java.util.List;

/**
 * An input article after reading: its normalised text and what the reader knew about it.
 * Immutable; every analysis layer points into {@link #text()} by UTF-16 offsets.
 *
 * @param id        stable content hash of the normalised text (see {@code ContentHash})
 * @param origin    where it came from: a file path, "stdin", a URL, "file.warc#record-3"
 * @param format    reader that produced it: text, html, feed, warc
 * @param url       canonical URL when known, else null
 * @param outlet    publishing outlet (site name, feed title) when known, else null
 * @param title     headline, or null
 * @param byline    author line, or null
 * @param published publication time, or null when the input gives none
 * @param language  ISO 639-1 code ("de", "en"), or null before detection
 * @param text      the normalised text (title, lead, paragraphs separated by newlines)
 * @param sections  layout blocks as spans of text, in order
 */
public record Article(
        String id,
        String origin,
        String format,
        String url,
        String outlet,
        String title,
        String byline,
        PublicationTime published,
        String language,
        String text,
        List<Section> sections) {

    public Article {
        if (text == null) {
            throw new IllegalArgumentException("article text is null");
        }
        sections = sections == null ? List.of() : List.copyOf(sections);
        for (Section s : sections) {
            if (s.span().end() > text.length()) {
                throw new IllegalArgumentException("section " + s + " outside text of length " + text.length());
            }
        }
    }

    public Article withLanguage(String lang) {
        return new Article(id, origin, format, url, outlet, title, byline, published, lang, text, sections);
    }

    public Article withPublished(PublicationTime time) {
        return new Article(id, origin, format, url, outlet, title, byline, time, language, text, sections);
    }
}
