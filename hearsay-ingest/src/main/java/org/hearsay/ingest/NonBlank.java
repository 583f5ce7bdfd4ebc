package org.hearsay.ingest;

import java.util.stream.Stream;

/** Metadata comes from several sources of varying quality; the first that says something wins. */
final class NonBlank {
    private NonBlank() {
    }

    /** @return the first candidate that is neither null nor blank, stripped; null when there is none */
    static String first(String... candidates) {
        return Stream.of(candidates).filter(c -> c != null && !c.isBlank()).map(String::strip)
                .findFirst().orElse(null);
    }
}
