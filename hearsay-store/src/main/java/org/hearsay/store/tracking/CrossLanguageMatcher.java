package org.hearsay.store.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hearsay.core.model.Claim;

/**
 * Finds the cluster of a trackable claim among trackable claims of articles in other languages, where
 * proposition words cannot match: by its {@link ClaimAnchors}. Two claims are the same when they share
 * at least {@value #MIN_SHARED} anchors and the Jaccard similarity of their anchor sets is at least
 * {@value #THRESHOLD}, they share a subject when both have one, their polarities are equal and their
 * modalities are of one family, or one is
 * a commitment and the other an expectation (the languages' rules tell "wird verabschiedet" and "will
 * be passed" apart differently). Candidates come through the {@code claim_anchors} index, at most
 * {@value #MAX_CANDIDATES} per claim. The weak spot: two different claims of one holder with the same
 * deadline and no subject or number read as one.
 */
final class CrossLanguageMatcher {
    static final double THRESHOLD = 0.5;
    static final int MIN_SHARED = 2;
    static final int MAX_CANDIDATES = 50;

    private final Connection connection;

    CrossLanguageMatcher(Connection connection) {
        this.connection = connection;
    }

    /** The cluster of the best match in another language, or null. */
    String bestMatch(String language, Claim claim, Set<String> anchors, ModalityFamily family) throws SQLException {
        if (anchors.size() < MIN_SHARED) {
            return null;
        }
        String best = null;
        double bestSimilarity = 0;
        for (ClaimRef candidate : candidates(language, anchors)) {
            Set<String> theirs = anchors(candidate);
            long shared = theirs.stream().filter(anchors::contains).count();
            double similarity = shared / (double) (anchors.size() + theirs.size() - shared);
            if (shared < MIN_SHARED || similarity < THRESHOLD || similarity < bestSimilarity
                    || !ClaimAnchors.shareSubject(anchors, theirs)) {
                continue;
            }
            String cluster = compatibleCluster(candidate, claim, family);
            if (cluster != null && (best == null || similarity > bestSimilarity || cluster.compareTo(best) < 0)) {
                best = cluster;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    /** Indexes a trackable claim's anchors for the claims in other languages still to come. */
    void index(String language, String articleId, String claimId, Set<String> anchors) throws SQLException {
        if (anchors.size() < MIN_SHARED) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO claim_anchors (language, anchor, article_id, claim_id) VALUES (?, ?, ?, ?)")) {
            for (String anchor : anchors) {
                ps.setString(1, language);
                ps.setString(2, anchor);
                ps.setString(3, articleId);
                ps.setString(4, claimId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Claims of other languages sharing an anchor. "Other" is asked as two ranges, not {@code <>}, so
     * that the index on (language, anchor) serves it: in a corpus of one language it finds nothing at
     * once instead of reading every claim that shares an anchor.
     */
    private Set<ClaimRef> candidates(String language, Set<String> anchors) throws SQLException {
        String in = String.join(", ", Collections.nCopies(anchors.size(), "?"));
        Set<ClaimRef> refs = new LinkedHashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT article_id, claim_id FROM claim_anchors"
                + " WHERE (language < ? AND anchor IN (" + in + ")) OR (language > ? AND anchor IN (" + in + "))"
                + " LIMIT " + MAX_CANDIDATES * anchors.size())) {
            int i = 1;
            ps.setString(i++, language);
            for (String anchor : anchors) {
                ps.setString(i++, anchor);
            }
            ps.setString(i++, language);
            for (String anchor : anchors) {
                ps.setString(i++, anchor);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && refs.size() < MAX_CANDIDATES) {
                    refs.add(new ClaimRef(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return refs;
    }

    private Set<String> anchors(ClaimRef ref) throws SQLException {
        Set<String> anchors = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT anchor FROM claim_anchors WHERE article_id = ? AND claim_id = ?")) {
            ps.setString(1, ref.articleId());
            ps.setString(2, ref.claimId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    anchors.add(rs.getString(1));
                }
            }
        }
        return anchors;
    }

    /** The candidate's cluster when its polarity and modality family go with the claim's, else null. */
    private String compatibleCluster(ClaimRef candidate, Claim claim, ModalityFamily family) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT cc.cluster_id, cc.family, c.polarity"
                + " FROM claim_clusters cc JOIN claims c ON c.article_id = cc.article_id AND c.id = cc.claim_id"
                + " WHERE cc.article_id = ? AND cc.claim_id = ?")) {
            ps.setString(1, candidate.articleId());
            ps.setString(2, candidate.claimId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !claim.polarity().name().equals(rs.getString(3))) {
                    return null;
                }
                return family.comparableAcrossLanguages(ModalityFamily.valueOf(rs.getString(2))) ? rs.getString(1) : null;
            }
        }
    }
}
