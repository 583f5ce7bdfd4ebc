package org.hearsay.store;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.hearsay.core.model.Article;

/**
 * The listing order of articles as one sortable, unique string: the publication time as printed
 * by the source, fixed width, then the id. Articles without a publication time sort last ('~'
 * comes after every digit). Being unique, a key is also the cursor of the page it ends.
 */
final class ListKey {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final String UNDATED = "~";

    private ListKey() {
    }

    static String of(Article article) {
        String time = article.published() == null ? UNDATED : local(article.published().local());
        return time + "|" + article.id();
    }

    static String local(LocalDateTime time) {
        return LOCAL.format(time);
    }
}
