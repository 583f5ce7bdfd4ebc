package org.hearsay.store.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a timeline entry stands in the timeline's order, translated into the order of each of the
 * three queries a page of the timeline merges: articles (by listing key), claims (by listing key,
 * span start, id) and deadlines (by day, article, span start, id). A timeline orders its entries by
 * time (undated last), article id, kind (article, claim, deadline), then text order; an article's
 * and its claims' time is the article's, whose listing key is exactly "time, then id" — so the
 * entry's time key in listing-key form, with kind and claim, is the whole position.
 *
 * @param timeKey   the entry's time and article in listing-key form: the article's listing key, or
 *                  for a deadline its day's end and the article id ({@code 2026-06-30T23:59:59|<id>})
 * @param at        the entry's time; null for an undated article and its claims
 * @param spanStart the claim's start in its article's text; 0 for articles
 * @param claimId   the claim's id; null for articles
 */
record TimelinePosition(String timeKey, LocalDateTime at, String articleId, TimelineItem.Kind kind, int spanStart,
                        String claimId) {
    /** A deadline stands at the end of its day. */
    static final LocalTime DEADLINE_TIME = LocalTime.of(23, 59, 59);

    /**
     * The position of a stored entry.
     *
     * @throws IllegalArgumentException when the cursor names no stored article, claim or deadline
     */
    static TimelinePosition of(Connection connection, TimelineCursor cursor) throws SQLException {
        Optional<TimelinePosition> found = switch (cursor.kind()) {
            case ARTICLE -> article(connection, cursor.articleId());
            case CLAIM, DEADLINE -> claim(connection, cursor.kind(), cursor.claim());
        };
        return found.orElseThrow(() -> new IllegalArgumentException("no " + cursor.kind().name().toLowerCase(Locale.ROOT)
                + " " + (cursor.claim() == null ? cursor.articleId() : cursor.claim()) + " is stored"));
    }

    private static Optional<TimelinePosition> article(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT list_key, published_local FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new TimelinePosition(rs.getString(1), time(rs.getString(2)), articleId,
                        TimelineItem.Kind.ARTICLE, 0, null)) : Optional.empty();
            }
        }
    }

    private static Optional<TimelinePosition> claim(Connection connection, TimelineItem.Kind kind, ClaimRef ref)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT a.list_key, a.published_local, c.span_start,"
                + " c.deadline FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.article_id = ? AND c.id = ?")) {
            ps.setString(1, ref.articleId());
            ps.setString(2, ref.claimId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (kind == TimelineItem.Kind.CLAIM) {
                    return Optional.of(new TimelinePosition(rs.getString(1), time(rs.getString(2)), ref.articleId(),
                            kind, rs.getInt(3), ref.claimId()));
                }
                String deadline = rs.getString(4);
                if (deadline == null) {
                    return Optional.empty();
                }
                LocalDateTime at = LocalDate.parse(deadline).atTime(DEADLINE_TIME);
                return Optional.of(new TimelinePosition(deadline + "T" + DEADLINE_TIME + "|" + ref.articleId(), at,
                        ref.articleId(), kind, rs.getInt(3), ref.claimId()));
            }
        }
    }

    private static LocalDateTime time(String local) {
        return local == null ? null : LocalDateTime.parse(local);
    }

    /** The articles after this position are those whose listing key is greater than {@link #timeKey}. */
    String articlesAfter() {
        return timeKey;
    }

    /** The claims after it, as a position in the claims' listing order. */
    ListingPosition claimsAfter() {
        return switch (kind) {
            // An article's claims follow it: every claim at its listing key and later.
            case ARTICLE -> new ListingPosition(timeKey, -1, "");
            case CLAIM -> new ListingPosition(timeKey, spanStart, claimId);
            // A claim at the deadline's very time key would precede the deadline.
            case DEADLINE -> new ListingPosition(timeKey, Integer.MAX_VALUE, "");
        };
    }

    /**
     * The deadlines after it, as a position in the deadlines' order; empty after an undated entry,
     * since every deadline has a time and undated entries come last.
     */
    Optional<DeadlinePosition> deadlinesAfter() {
        if (at == null) {
            return Optional.empty();
        }
        String day = at.toLocalDate().toString();
        if (kind == TimelineItem.Kind.DEADLINE) {
            return Optional.of(new DeadlinePosition(day, articleId, spanStart, claimId));
        }
        // An article or claim at the end of the day precedes the deadlines of its own and later articles
        // that day; one earlier in the day precedes every deadline of the day.
        return Optional.of(new DeadlinePosition(day, at.toLocalTime().equals(DEADLINE_TIME) ? articleId : "", -1, ""));
    }

    /** A place in the order of deadlines: day, article id, span start, claim id; the deadlines after it follow. */
    record DeadlinePosition(String day, String articleId, int spanStart, String claimId) {
    }
}
