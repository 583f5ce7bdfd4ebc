package org.hearsay.store.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claim lifecycle in the database: status events with their evidence, and the date a
 * resolution took effect. The caller holds the transaction.
 */
final class Resolutions {
    private final Connection connection;

    Resolutions(Connection connection) {
        this.connection = connection;
    }

    /**
     * Writes the event and the claim's new status (and the probability, when the resolution gives
     * one).
     *
     * @param from the claim's status as of {@code at}
     */
    ClaimEvent write(ClaimRef ref, ClaimStatus from, Resolution resolution, Instant at) throws SQLException {
        String evidence = resolution.evidence() == null || resolution.evidence().isBlank() ? null
                : resolution.evidence().strip();
        if (evidence != null) {
            checkEvidence(evidence);
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO claim_events (article_id, claim_id, at,"
                + " from_status, to_status, evidence, note, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, ref.articleId());
            ps.setString(2, ref.claimId());
            ps.setString(3, at.toString());
            ps.setString(4, from.code());
            ps.setString(5, resolution.status().code());
            ps.setString(6, evidence);
            ps.setString(7, resolution.note());
            ps.setString(8, resolution.actor());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("UPDATE claims SET status = ?, status_changed_at = ?,"
                + " probability = COALESCE(?, probability) WHERE article_id = ? AND id = ?")) {
            ps.setString(1, resolution.status().code());
            ps.setString(2, at.toString());
            if (resolution.probability() == null) {
                ps.setNull(3, java.sql.Types.DOUBLE);
            } else {
                ps.setDouble(3, resolution.probability());
            }
            ps.setString(4, ref.articleId());
            ps.setString(5, ref.claimId());
            ps.executeUpdate();
        }
        return new ClaimEvent(ref, at, from, resolution.status(), evidence, resolution.note(), resolution.actor());
    }

    /** Evidence is a URL, a stored claim (by ref) or a stored article (by id). */
    private void checkEvidence(String evidence) throws SQLException {
        if (evidence.contains("://")) {
            return;
        }
        boolean stored = ClaimRef.looksLikeOne(evidence)
                ? exists("SELECT 1 FROM claims WHERE article_id = ? AND id = ?", ClaimRef.parse(evidence).articleId(),
                        ClaimRef.parse(evidence).claimId())
                : exists("SELECT 1 FROM articles WHERE id = ?", evidence);
        if (!stored) {
            throw new IllegalArgumentException("evidence '" + evidence + "' is neither a URL nor a stored article or claim");
        }
    }

    List<ClaimEvent> history(ClaimRef ref) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT at, from_status, to_status, evidence, note, actor"
                + " FROM claim_events WHERE article_id = ? AND claim_id = ? ORDER BY at, id")) {
            ps.setString(1, ref.articleId());
            ps.setString(2, ref.claimId());
            List<ClaimEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new ClaimEvent(ref, instant(rs.getString(1)), ClaimStatus.ofCode(rs.getString(2)),
                            ClaimStatus.ofCode(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return events;
        }
    }

    /**
     * For every claim with events, the date its current status took effect: the publication date
     * of the latest event's evidence when that is a stored article (by id, claim ref or URL), else
     * the day the event was recorded (UTC).
     */
    Map<ClaimRef, LocalDate> effectiveDates() throws SQLException {
        Map<ClaimRef, LocalDate> dates = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT e.article_id, e.claim_id, e.at, e.evidence"
                + " FROM claim_events e WHERE e.id = (SELECT MAX(l.id) FROM claim_events l"
                + " WHERE l.article_id = e.article_id AND l.claim_id = e.claim_id)");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String evidence = rs.getString(4);
                LocalDate recorded = instant(rs.getString(3)).atOffset(ZoneOffset.UTC).toLocalDate();
                LocalDate published = evidence == null ? null : evidenceDate(evidence).orElse(null);
                dates.put(new ClaimRef(rs.getString(1), rs.getString(2)), published != null ? published : recorded);
            }
        }
        return dates;
    }

    private Optional<LocalDate> evidenceDate(String evidence) throws SQLException {
        String sql = "SELECT published_local FROM articles WHERE " + (evidence.contains("://") ? "url" : "id") + " = ?";
        String key = !evidence.contains("://") && ClaimRef.looksLikeOne(evidence)
                ? ClaimRef.parse(evidence).articleId() : evidence;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null
                        ? Optional.of(LocalDateTime.parse(rs.getString(1)).toLocalDate()) : Optional.empty();
            }
        }
    }

    /** Event times are instants; a bare date (as a person may have written by hand) is its midnight UTC. */
    private static Instant instant(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
    }

    private boolean exists(String sql, String... parameters) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
