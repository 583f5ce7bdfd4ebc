package org.hearsay.store.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The two orders of hits and their paging cursors. A search with words lists the best first, an
 * article list newest first (undated last); ties go by id, which is unique, so every order is
 * total and a cursor (the sort values of a page's last hit) says exactly where the next page
 * starts, however the index changed in between. A cursor is opaque to clients: URL-safe base64.
 */
enum SearchOrder {
    RELEVANCE('r', new Sort(SortField.FIELD_SCORE, new SortField(ArticleDocuments.ID, SortField.Type.STRING))),
    NEWEST('n', new Sort(new SortField(ArticleDocuments.NEWEST, SortField.Type.LONG, true),
            new SortField(ArticleDocuments.ID, SortField.Type.STRING)));

    private final char tag;
    private final Sort sort;

    SearchOrder(char tag, Sort sort) {
        this.tag = tag;
        this.sort = sort;
    }

    static SearchOrder of(SearchQuery query) {
        return query.hasText() ? RELEVANCE : NEWEST;
    }

    Sort sort() {
        return sort;
    }

    String cursor(FieldDoc last) {
        Object first = last.fields[0];
        String key = this == RELEVANCE ? Integer.toString(Float.floatToIntBits((Float) first)) : first.toString();
        String id = ((BytesRef) last.fields[1]).utf8ToString();
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((tag + "|" + key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor names. Its document number is the largest the reader has: a hit equal
     * in every sort value to the cursor's is the cursor's own hit, which belongs to the page before.
     */
    FieldDoc after(String cursor, int maxDoc) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
        } catch (IllegalArgumentException e) {
            throw invalid(cursor);
        }
        if (parts.length != 3 || parts[0].length() != 1) {
            throw invalid(cursor);
        }
        if (parts[0].charAt(0) != tag) {
            throw new IllegalArgumentException("cursor " + cursor + " belongs to a search "
                    + (this == RELEVANCE ? "without" : "with") + " words");
        }
        try {
            Object key = this == RELEVANCE ? (Object) Float.intBitsToFloat(Integer.parseInt(parts[1]))
                    : (Object) Long.parseLong(parts[1]);
            return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, new Object[] {key, new BytesRef(parts[2])});
        } catch (NumberFormatException e) {
            throw invalid(cursor);
        }
    }

    private static IllegalArgumentException invalid(String cursor) {
        return new IllegalArgumentException("not a search cursor: " + cursor);
    }
}
