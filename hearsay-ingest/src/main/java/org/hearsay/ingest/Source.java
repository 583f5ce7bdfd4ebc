package org.hearsay.ingest;

/**
 * Where a document came from, as the article will record it.
 *
 * @param origin  input name: a path, "stdin", "archive.warc#3", an item URL
 * @param format  reader that produced it: text, html, feed, warc
 * @param url     the document's own URL when known (WARC target, feed item link), else null
 */
record Source(String origin, String format, String url) {
    static Source file(String name, String format) {
        return new Source(name, format, null);
    }
}
