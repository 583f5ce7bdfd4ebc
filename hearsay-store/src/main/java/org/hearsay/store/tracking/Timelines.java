package org.hearsay.store.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Timelines: articles, claims and deadlines merged in time order. An article and its claims stand
 * at its publication time, a deadline at the end of its day (23:59:59); within one time an
 * article's entries stay together, the article first. Undated articles come last.
 */
final class Timelines {
    private static final Comparator<TimelineItem> ORDER = Comparator
            .comparing(TimelineItem::at, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineItem::articleId)
            .thenComparing(TimelineItem::kind);

    private final Connection connection;

    Timelines(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param articlesWhere a condition on {@code a.id} with one parameter per element of {@code parameters}
     * @param claims        the claims in time order, as {@link ClaimQuery} lists them
     */
    List<TimelineItem> timeline(String articlesWhere, List<String> parameters, List<TrackedClaim> claims)
            throws SQLException {
        List<TimelineItem> items = new ArrayList<>(articles(articlesWhere, parameters));
        for (TrackedClaim c : claims) {
            boolean tracked = c.trackable() || c.status() != ClaimStatus.PENDING;
            items.add(new TimelineItem(c.published(), TimelineItem.Kind.CLAIM, c.ref().articleId(), c.ref(), c.outlet(),
                    c.proposition(), tracked ? c.status() : null));
            if (c.deadline() != null) {
                items.add(new TimelineItem(c.deadline().atTime(LocalTime.of(23, 59, 59)), TimelineItem.Kind.DEADLINE,
                        c.ref().articleId(), c.ref(), c.outlet(), c.question() != null ? c.question() : c.proposition(),
                        c.status()));
            }
        }
        items.sort(ORDER);
        return items;
    }

    private List<TimelineItem> articles(String where, List<String> parameters) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT a.id, a.published_local, a.outlet, a.title"
                + " FROM articles a WHERE " + where + " ORDER BY a.list_key")) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setString(i + 1, parameters.get(i));
            }
            List<TimelineItem> items = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String published = rs.getString(2);
                    items.add(new TimelineItem(published == null ? null : LocalDateTime.parse(published),
                            TimelineItem.Kind.ARTICLE, rs.getString(1), null, rs.getString(3), rs.getString(4), null));
                }
            }
            return items;
        }
    }
}
