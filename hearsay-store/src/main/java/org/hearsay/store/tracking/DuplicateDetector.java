package org.hearsay.store.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the stored articles a new one nearly duplicates (syndicated copies, light edits): the
 * Jaccard similarity of their word 5-gram sets is at least {@value #THRESHOLD}. Every changed word
 * breaks up to five shingles, so an edited copy falls fast: the demo corpus's syndicated article
 * (new headline, reworded first sentence, one sentence dropped, a credit line added) is at 0.61,
 * while two reports of the same event in their own words stay below 0.05. Candidates come from shared MinHash bands
 * ({@link TextFingerprint}), at most {@value #MAX_CANDIDATES} of them, the ones sharing most bands;
 * each is then checked on its text. The earlier article of a pair (publication time, then id: the
 * listing order) is the original. A later copy at least {@value #SAME_TEXT} similar to an earlier
 * article indexes no bands of its own: the next copy finds the earlier article instead, so a text
 * syndicated a thousand times costs each new copy one candidate, not a thousand.
 */
final class DuplicateDetector {
    static final double THRESHOLD = 0.5;
    static final int MAX_CANDIDATES = 50;
    /** Near enough to stand for each other as candidates: a copy with a credit line or a corrected typo. */
    static final double SAME_TEXT = 0.9;

    private final Connection connection;

    DuplicateDetector(Connection connection) {
        this.connection = connection;
    }

    void detect(String articleId, String text, String listKey) throws SQLException {
        Set<Long> shingles = TextFingerprint.shingles(text);
        if (shingles.isEmpty()) {
            return;
        }
        long[] bands = TextFingerprint.bandKeys(shingles);
        boolean copyOfEarlier = false;
        try (PreparedStatement ps = connection.prepareStatement("SELECT text, list_key FROM articles WHERE id = ?")) {
            for (String candidate : candidates(bands)) {
                ps.setString(1, candidate);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        double similarity = TextFingerprint.jaccard(shingles, TextFingerprint.shingles(rs.getString(1)));
                        if (similarity >= THRESHOLD) {
                            boolean earlier = listKey.compareTo(rs.getString(2)) < 0;
                            record(earlier ? candidate : articleId, earlier ? articleId : candidate, similarity);
                            copyOfEarlier |= !earlier && similarity >= SAME_TEXT;
                        }
                    }
                }
            }
        }
        if (copyOfEarlier) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO article_bands (band, key, article_id) VALUES (?, ?, ?)")) {
            for (int band = 0; band < bands.length; band++) {
                ps.setInt(1, band);
                ps.setLong(2, bands[band]);
                ps.setString(3, articleId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private List<String> candidates(long[] bands) throws SQLException {
        StringBuilder where = new StringBuilder();
        for (int band = 0; band < bands.length; band++) {
            where.append(band == 0 ? "" : " OR ").append("(band = ? AND key = ?)");
        }
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT article_id FROM article_bands WHERE " + where
                + " GROUP BY article_id ORDER BY COUNT(*) DESC, article_id LIMIT " + MAX_CANDIDATES)) {
            for (int band = 0; band < bands.length; band++) {
                ps.setInt(2 * band + 1, band);
                ps.setLong(2 * band + 2, bands[band]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private void record(String copy, String original, double similarity) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO near_duplicates (article_id, original_id, similarity) VALUES (?, ?, ?)")) {
            ps.setString(1, copy);
            ps.setString(2, original);
            ps.setDouble(3, similarity);
            ps.executeUpdate();
        }
    }
}
