package org.hearsay.core.model;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * When an article was published. The offset is null when the source did not state one:
 * a missing zone is reported as missing, never invented.
 *
 * @param local  wall-clock date and time as printed by the source
 * @param offset UTC offset given by the source, or null
 * @param raw    the text it was read from (meta tag value, dateline…)
 */
public record PublicationTime(LocalDateTime local, ZoneOffset offset, String raw) {
    public PublicationTime {
        if (local == null) {
            throw new IllegalArgumentException("publication time needs a date");
        }
    }

    public boolean hasZone() {
        return offset != null;
    }

    /** ISO-8601: with offset when known, local otherwise. */
    public String iso() {
        return offset == null ? local.toString() : local.atOffset(offset).toString();
    }
}
