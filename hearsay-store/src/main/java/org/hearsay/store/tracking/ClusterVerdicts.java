package org.hearsay.store.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A resolution holds for the whole claim cluster: the restatements of a failed promise in later
 * articles and other languages failed too. Resolving a claim records the cluster's verdict and
 * gives it to every member that follows the cluster — still pending, or given its status by the
 * cluster before, so that a correction reaches them too — with an event each (the same evidence, a
 * note naming the resolved claim); a claim that joins a cluster later gets it at ingest. Members a
 * person judged on their own keep their status. The caller holds the transaction.
 */
final class ClusterVerdicts {
    static final String ACTOR = "hearsay";
    /** How the notes of the events this class writes begin: they mark the claims that follow their cluster. */
    private static final String SPREAD = "with its cluster: ";
    private static final String JOINED = "joined the cluster of ";

    private final Connection connection;

    ClusterVerdicts(Connection connection) {
        this.connection = connection;
    }

    /**
     * Records a person's resolution of {@code ref} as its cluster's verdict and spreads it to the
     * members that follow the cluster.
     *
     * @param day the day the resolution is made on, which decides whether a follower was overdue
     */
    void record(ClaimRef ref, Resolution resolution, Instant at, LocalDate day) throws SQLException {
        String cluster = clusterOf(ref);
        if (cluster == null) {
            return;
        }
        if (resolution.status() == ClaimStatus.PENDING) {
            update("DELETE FROM cluster_verdicts WHERE cluster_id = ?", cluster);
            return;
        }
        update("INSERT INTO cluster_verdicts (cluster_id, status, article_id, claim_id, at) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (cluster_id) DO UPDATE SET status = excluded.status, article_id = excluded.article_id,"
                + " claim_id = excluded.claim_id, at = excluded.at",
                cluster, resolution.status().code(), ref.articleId(), ref.claimId(), at.toString());
        Resolution spread = new Resolution(resolution.status(), resolution.evidence(),
                SPREAD + ref + " was resolved as " + resolution.status().code(), resolution.actor(), null);
        Resolutions resolutions = new Resolutions(connection);
        Set<ClaimRef> followers = followers(cluster);
        for (TrackedClaim member : new ClaimQuery(day).cluster(cluster).run(connection, Integer.MAX_VALUE)) {
            if (followers.contains(member.ref()) && !member.ref().equals(ref) && member.status() != resolution.status()) {
                resolutions.write(member.ref(), member.status(), spread, at);
            }
        }
    }

    /** Gives a claim just stored in {@code cluster} the cluster's verdict, if it has one and the claim none. */
    void inherit(ClaimRef ref, String cluster, Instant at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT v.status, v.article_id, v.claim_id, r.id"
                + " FROM cluster_verdicts v JOIN claims c ON c.article_id = ? AND c.id = ? AND c.status = 'pending'"
                + " LEFT JOIN claims r ON r.article_id = v.article_id AND r.id = v.claim_id WHERE v.cluster_id = ?")) {
            ps.setString(1, ref.articleId());
            ps.setString(2, ref.claimId());
            ps.setString(3, cluster);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                ClaimStatus status = ClaimStatus.ofCode(rs.getString(1));
                ClaimRef resolved = new ClaimRef(rs.getString(2), rs.getString(3));
                // The resolved claim is evidence while it is stored; its article may have been replaced since.
                String evidence = rs.getString(4) == null || resolved.equals(ref) ? null : resolved.toString();
                new Resolutions(connection).write(ref, ClaimStatus.PENDING, new Resolution(status, evidence,
                        JOINED + resolved + ", resolved as " + status.code(), ACTOR, null), at);
            }
        }
    }

    /** The members still pending, and those whose last event is one this class wrote. */
    private Set<ClaimRef> followers(String cluster) throws SQLException {
        Set<ClaimRef> members = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT c.article_id, c.id"
                + " FROM claim_clusters cc JOIN claims c ON c.article_id = cc.article_id"
                + " AND c.id = cc.claim_id WHERE cc.cluster_id = ? AND (c.status = 'pending' OR EXISTS (SELECT 1"
                + " FROM claim_events e WHERE e.article_id = c.article_id AND e.claim_id = c.id"
                + " AND e.at = c.status_changed_at AND (e.note LIKE ? OR e.note LIKE ?)))")) {
            ps.setString(1, cluster);
            ps.setString(2, SPREAD + "%");
            ps.setString(3, JOINED + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.add(new ClaimRef(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return members;
    }

    private String clusterOf(ClaimRef ref) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT cluster_id FROM claim_clusters WHERE article_id = ? AND claim_id = ?")) {
            ps.setString(1, ref.articleId());
            ps.setString(2, ref.claimId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void update(String sql, String... values) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
