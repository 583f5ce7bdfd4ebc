package org.hearsay.core.time;

import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.hearsay.core.model.PublicationTime;

/**
 * The document creation time every relative expression is computed from.
 *
 * @param moment        publication date and wall-clock time
 * @param hasTimeOfDay  false when the source gave only a date (then "in zwei Stunden" stays unresolved)
 */
public record ReferenceTime(LocalDateTime moment, boolean hasTimeOfDay) {
    private static final Pattern CLOCK = Pattern.compile("\\d:\\d\\d");

    /**
     * The reference time of an article, or null when it has no publication date. A midnight time whose
     * raw text shows no clock ("12.11.2024") counts as a date without time of day.
     */
    public static ReferenceTime of(PublicationTime published) {
        if (published == null) {
            return null;
        }
        LocalDateTime local = published.local();
        boolean clock = local.toLocalTime().toSecondOfDay() != 0
                || (published.raw() != null && CLOCK.matcher(published.raw()).find());
        return new ReferenceTime(local, clock);
    }
}
