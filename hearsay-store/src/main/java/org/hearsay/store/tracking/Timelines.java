package org.hearsay.store.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Timelines: articles, claims and deadlines merged in time order. An article and its claims stand
 * at its publication time, a deadline at the end of its day (23:59:59); within one time an
 * article's entries stay together, the article first, its claims and then its deadlines in text
 * order. Undated articles come last.
 *
 * <p>A page is merged from three queries, each starting after the cursor in its own order and
 * limited to the page (see {@link TimelinePosition}); when the articles fill the page, the claims
 * are those of its articles only.
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
     * @param claims        new queries for the timeline's claims: of some articles (the page's
     *                      claims) or of all (their deadlines, which may fall anywhere)
     * @param after         the position the page starts after; null for the first page
     * @param limit         the most entries to give
     */
    List<TimelineItem> page(String articlesWhere, List<String> parameters, ClaimQueries claims,
                            TimelinePosition after, int limit) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("a timeline page holds at least 1 entry, not " + limit);
        }
        List<TimelineItem> pageArticles = articles(articlesWhere, parameters, after, limit);
        List<TimelineItem> items = new ArrayList<>(pageArticles);
        boolean everyArticle = pageArticles.size() < limit;
        ClaimQuery claimQuery = everyArticle ? claims.all() : claims.of(claimArticles(pageArticles, after));
        if (after != null) {
            claimQuery.after(after.claimsAfter());
        }
        List<TrackedClaim> pageClaims = claimQuery.run(connection, limit);
        for (TrackedClaim c : pageClaims) {
            items.add(new TimelineItem(c.published(), TimelineItem.Kind.CLAIM, c.ref().articleId(), c.ref(), c.outlet(),
                    c.proposition(), shownStatus(c)));
        }
        for (TrackedClaim c : deadlines(claims, after,
                after == null && everyArticle && pageClaims.size() < limit ? pageClaims : null, limit)) {
            items.add(new TimelineItem(c.deadline().atTime(TimelinePosition.DEADLINE_TIME), TimelineItem.Kind.DEADLINE,
                    c.ref().articleId(), c.ref(), c.outlet(), c.question() != null ? c.question() : c.proposition(),
                    shownStatus(c)));
        }
        // A stable sort: entries of one time, article and kind keep their query's text order.
        items.sort(ORDER);
        return items.size() > limit ? List.copyOf(items.subList(0, limit)) : items;
    }

    /**
     * A claim's status as a timeline shows it, for the claim and for its deadline: none for a plain
     * statement or a denial nobody judged, which waits for no verdict ("pending" would say it does).
     */
    private static ClaimStatus shownStatus(TrackedClaim c) {
        return c.trackable() || c.status() != ClaimStatus.PENDING ? c.status() : null;
    }

    /**
     * The articles whose claims can be on a page that the page's articles filled: a claim stands at
     * its article's time and every claim of a timeline is in one of its articles, so they are the
     * page's articles and the cursor's, whose claims may go on. Asking for their claims alone keeps a
     * page of a common entity's timeline from collecting all its claims (thousands) first.
     */
    private static Set<String> claimArticles(List<TimelineItem> pageArticles, TimelinePosition after) {
        Set<String> ids = new LinkedHashSet<>();
        if (after != null && after.kind() != TimelineItem.Kind.DEADLINE) {
            ids.add(after.articleId());
        }
        pageArticles.forEach(a -> ids.add(a.articleId()));
        return ids;
    }

    /**
     * The claims whose deadlines come after the position, in the order of their deadlines.
     *
     * @param allClaims every claim of the timeline, when the page's claims query gave them all (a
     *                  whole timeline, or a short one's first page): their deadlines are among them,
     *                  and no second query is needed; else null
     */
    private List<TrackedClaim> deadlines(ClaimQueries claims, TimelinePosition after,
                                         List<TrackedClaim> allClaims, int limit) throws SQLException {
        if (allClaims != null) {
            // The claims come in listing order, so within one day and article in text order, as the query would give them.
            return allClaims.stream().filter(c -> c.deadline() != null).toList();
        }
        Optional<TimelinePosition.DeadlinePosition> deadlinesAfter = after == null ? Optional.empty()
                : after.deadlinesAfter();
        if (after != null && deadlinesAfter.isEmpty()) {
            return List.of();
        }
        ClaimQuery query = claims.all().byDeadline();
        deadlinesAfter.ifPresent(query::after);
        return query.run(connection, limit);
    }

    /**
     * The timeline's articles in listing order: those the condition names (through an index), after a
     * listing key when {@code after}, then a parameter for the limit. The range on the listing key
     * only filters: the articles come from the condition's index and are sorted, since for a rare
     * entity walking the listing key's index would pass most of the corpus.
     */
    static String articlesSql(String where, boolean after) {
        return "SELECT a.id, a.published_local, a.outlet, a.title FROM articles a WHERE (" + where + ")"
                + (after ? " AND a.list_key > ?" : "") + " ORDER BY a.list_key LIMIT ?";
    }

    /** The claims of a timeline, as new queries. */
    interface ClaimQueries {
        /** All of them. */
        ClaimQuery all();

        /** Those in these articles. */
        ClaimQuery of(Set<String> articleIds);
    }

    private List<TimelineItem> articles(String where, List<String> parameters, TimelinePosition after, int limit)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(articlesSql(where, after != null))) {
            int i = 1;
            for (String p : parameters) {
                ps.setString(i++, p);
            }
            if (after != null) {
                ps.setString(i++, after.articlesAfter());
            }
            ps.setInt(i, limit);
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
