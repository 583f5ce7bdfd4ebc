package org.hearsay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tracking state of claims whose article is about to be replaced (re-analysed, or a new text
 * under its URL): each claim's status and its status events. Put back on the new article's claims
 * that carry the same id; the rest goes with the old rows. Claim ids are positional ("c1", "c2"…),
 * so after a content change a matching id is the best evidence of "the same claim" there is.
 */
final class ClaimHistory {
    /** @param probability the holder's probability a resolution recorded, or null */
    private record Status(String status, String changedAt, Double probability) {
    }

    private record Event(long id, String claimId, String at, String fromStatus, String toStatus, String evidence,
                         String note, String actor) {
    }

    private final Map<String, Status> statuses = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();

    /**
     * Reads the state of the given articles. When two of them have a status for the same claim id,
     * the first article's wins.
     */
    static ClaimHistory of(Connection connection, List<String> articleIds) throws SQLException {
        ClaimHistory history = new ClaimHistory();
        for (String articleId : articleIds) {
            history.readStatuses(connection, articleId);
            history.readEvents(connection, articleId);
        }
        return history;
    }

    /** Puts statuses and events back on the claims of {@code articleId} whose ids are in {@code claimIds}. */
    void restore(Connection connection, String articleId, Set<String> claimIds) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE claims SET status = ?, status_changed_at = ?, probability = ? WHERE article_id = ? AND id = ?")) {
            for (Map.Entry<String, Status> e : statuses.entrySet()) {
                if (claimIds.contains(e.getKey())) {
                    ps.setString(1, e.getValue().status());
                    ps.setString(2, e.getValue().changedAt());
                    ps.setObject(3, e.getValue().probability(), Types.DOUBLE);
                    ps.setString(4, articleId);
                    ps.setString(5, e.getKey());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO claim_events (id, article_id, claim_id, at,"
                + " from_status, to_status, evidence, note, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Event e : events) {
                if (claimIds.contains(e.claimId())) {
                    ps.setLong(1, e.id());
                    ps.setString(2, articleId);
                    ps.setString(3, e.claimId());
                    ps.setString(4, e.at());
                    ps.setString(5, e.fromStatus());
                    ps.setString(6, e.toStatus());
                    ps.setString(7, e.evidence());
                    ps.setString(8, e.note());
                    ps.setString(9, e.actor());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void readStatuses(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, status, status_changed_at, probability"
                + " FROM claims WHERE article_id = ? AND (status <> 'pending' OR probability IS NOT NULL)")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double probability = rs.getDouble(4);
                    statuses.putIfAbsent(rs.getString(1), new Status(rs.getString(2), rs.getString(3),
                            rs.wasNull() ? null : probability));
                }
            }
        }
    }

    private void readEvents(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, claim_id, at, from_status, to_status,"
                + " evidence, note, actor FROM claim_events WHERE article_id = ? ORDER BY id")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
    }
}
