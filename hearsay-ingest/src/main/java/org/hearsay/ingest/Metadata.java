package org.hearsay.ingest;

import org.hearsay.core.model.PublicationTime;

/** What a structured source says about its article; every field may be null. */
record Metadata(String title, String byline, PublicationTime published, String outlet, String url) {
    /** This, with a missing title or byline taken from a weaker source. */
    Metadata orElse(String otherTitle, String otherByline) {
        return new Metadata(title != null ? title : otherTitle, byline != null ? byline : otherByline,
                published, outlet, url);
    }
}
