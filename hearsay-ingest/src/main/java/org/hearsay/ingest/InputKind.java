package org.hearsay.ingest;

/** What kind of document an input holds, as far as sniffing its first bytes can tell. */
enum InputKind {
    TEXT, HTML, FEED, WARC, GZIP
}
