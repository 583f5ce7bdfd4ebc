package org.hearsay.store.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Where a claim stands in the order every claim listing uses ({@code a.list_key, c.span_start, c.id}):
 * the key a listing continues after. The order is total (list keys are unique, claim ids are unique
 * within an article), so the claims after a position are exactly those the listing has not yet given.
 */
record ListingPosition(String listKey, int spanStart, String claimId) {

    /** The position of a stored claim; empty when it is not stored. */
    static Optional<ListingPosition> of(Connection connection, ClaimRef ref) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT a.list_key, c.span_start FROM claims c"
                + " JOIN articles a ON a.id = c.article_id WHERE c.article_id = ? AND c.id = ?")) {
            ps.setString(1, ref.articleId());
            ps.setString(2, ref.claimId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ListingPosition(rs.getString(1), rs.getInt(2), ref.claimId()))
                        : Optional.empty();
            }
        }
    }
}
