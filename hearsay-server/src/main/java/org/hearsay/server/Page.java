package org.hearsay.server;

import java.util.List;
import java.util.function.Function;

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

    /**
     * A page from what a listing gave when asked for one item more than the page holds: that extra
     * item, dropped here, tells that there is a next page, which starts after the page's last item.
     *
     * @param cursor the value that names an item's position as {@code after}
     */
    static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursor) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, cursor.apply(items.get(limit - 1)));
    }
}
