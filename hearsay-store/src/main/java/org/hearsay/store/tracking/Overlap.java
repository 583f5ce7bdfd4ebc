package org.hearsay.store.tracking;

import java.util.Collection;

/**
 * The rule clustering applies to what two claims name (their numbers, their subjects): what only one
 * of them names says nothing against their being one claim; when both name something, they must
 * share a part of it.
 */
final class Overlap {
    private Overlap() {
    }

    /** True unless both are non-empty and share nothing. */
    static boolean missingOrShared(Collection<String> a, Collection<String> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }
}
