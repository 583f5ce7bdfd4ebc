package org.hearsay.server;

import java.util.List;

/**
 * One page of a listing, as every listing endpoint answers.
 *
 * @param items the page's items
 * @param next  the value to pass as {@code after} for the next page; null (left out) on the last
 */
record Page<T>(List<T> items, String next) {
    Page {
        items = List.copyOf(items);
    }
}
