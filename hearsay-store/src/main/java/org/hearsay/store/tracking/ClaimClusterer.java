package org.hearsay.store.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hearsay.core.model.Claim;

/**
 * Puts each claim of a new article into a cluster with the same claim in earlier stored articles.
 * Two claims are the same when
 * <ul>
 * <li>the Jaccard similarity of their {@link PropositionTerms} is at least {@value #THRESHOLD}
 * (half of all their content words shared: "Lindenau richtet zwölf neue Buslinien ein" and "Lindenau
 * will zwölf neue Buslinien einrichten" are, the same sentence about another town or number is not);
 * <li>their modalities are of one {@link ModalityFamily} and their polarities equal;
 * <li>when both have subjects, they share at least one corpus entity among them.
 * </ul>
 * A claim joins the cluster of its most similar match, or founds a cluster named by its own ref.
 * Candidates come only through the {@code claim_terms} index with prefix filtering: each claim
 * indexes its first |T| − ⌈t·|T|⌉ + 1 terms in {@link PropositionTerms#PREFIX_ORDER}, and any two
 * claims with similarity ≥ t share one of them; at most {@value #MAX_CANDIDATES} candidates are
 * checked per claim (the first the index gives, unordered, so that the query stops there), and the
 * work per article stays bounded however large the corpus grows.
 * Within one article only what the extraction links counts: a claim that {@link Claim#restates()} an
 * earlier one joins its cluster, and claims of one article are never compared with each other.
 */
final class ClaimClusterer {
    static final double THRESHOLD = 0.5;
    static final int MAX_CANDIDATES = 200;

    private final Connection connection;

    ClaimClusterer(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param entityLinks corpus entity id by article entity id, for the claims' subjects
     */
    void cluster(String articleId, String language, List<Claim> claims, Map<String, String> entityLinks)
            throws SQLException {
        Map<String, String> clusterOf = new HashMap<>();
        for (Claim claim : claims) {
            TreeSet<String> terms = PropositionTerms.of(claim.proposition(), language);
            ModalityFamily family = ModalityFamily.of(claim.modality());
            List<String> prefix = prefix(terms);
            Set<String> subjects = claim.subjects().stream().map(entityLinks::get).filter(s -> s != null)
                    .collect(Collectors.toSet());
            String cluster = claim.restates().stream().map(clusterOf::get).filter(c -> c != null).findFirst()
                    .orElse(null);
            if (cluster == null && !prefix.isEmpty()) {
                cluster = bestMatch(articleId, claim, terms, prefix, family, subjects);
            }
            if (cluster == null) {
                cluster = new ClaimRef(articleId, claim.id()).toString();
            }
            clusterOf.put(claim.id(), cluster);
            insert(articleId, claim.id(), cluster, family, terms, prefix);
        }
    }

    static List<String> prefix(TreeSet<String> terms) {
        int length = terms.size() - (int) Math.ceil(THRESHOLD * terms.size()) + 1;
        return terms.stream().limit(Math.min(length, terms.size())).toList();
    }

    private String bestMatch(String articleId, Claim claim, Set<String> terms, List<String> prefix,
                             ModalityFamily family, Set<String> subjects) throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(prefix.size(), "?"));
        String best = null;
        double bestSimilarity = 0;
        // No DISTINCT: de-duplicating before the LIMIT makes the database collect every match of a common
        // term first (seconds per claim on PostgreSQL); a claim sharing several terms comes back once per term.
        try (PreparedStatement ps = connection.prepareStatement("SELECT cc.article_id, cc.claim_id,"
                + " cc.cluster_id, cc.terms FROM claim_terms t JOIN claim_clusters cc ON cc.article_id = t.article_id"
                + " AND cc.claim_id = t.claim_id JOIN claims c ON c.article_id = cc.article_id AND c.id = cc.claim_id"
                + " WHERE t.term IN (" + placeholders + ") AND t.article_id <> ? AND cc.family = ? AND c.polarity = ?"
                + " LIMIT " + MAX_CANDIDATES * prefix.size())) {
            int i = 1;
            for (String term : prefix) {
                ps.setString(i++, term);
            }
            ps.setString(i++, articleId);
            ps.setString(i++, family.name());
            ps.setString(i, claim.polarity().name());
            Map<String, Candidate> candidates = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && candidates.size() < MAX_CANDIDATES) {
                    String key = rs.getString(1) + ":" + rs.getString(2);
                    if (!candidates.containsKey(key)) {
                        candidates.put(key, new Candidate(rs.getString(1), rs.getString(2), rs.getString(3),
                                new HashSet<>(Arrays.asList(rs.getString(4).split(" ")))));
                    }
                }
            }
            for (Candidate c : candidates.values()) {
                double similarity = PropositionTerms.jaccard(terms, c.terms());
                boolean better = best == null || similarity > bestSimilarity
                        || similarity == bestSimilarity && c.cluster().compareTo(best) < 0;
                if (similarity >= THRESHOLD && better && shareSubject(subjects, c.articleId(), c.claimId())) {
                    best = c.cluster();
                    bestSimilarity = similarity;
                }
            }
        }
        return best;
    }

    private record Candidate(String articleId, String claimId, String cluster, Set<String> terms) {
    }

    /** True unless both claims have linked subjects and none is shared. */
    private boolean shareSubject(Set<String> subjects, String articleId, String claimId) throws SQLException {
        if (subjects.isEmpty()) {
            return true;
        }
        Set<String> theirs = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT l.corpus_entity_id FROM claim_subjects s"
                + " JOIN entity_links l ON l.article_id = s.article_id AND l.entity_id = s.entity_id"
                + " WHERE s.article_id = ? AND s.claim_id = ?")) {
            ps.setString(1, articleId);
            ps.setString(2, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    theirs.add(rs.getString(1));
                }
            }
        }
        return theirs.isEmpty() || theirs.stream().anyMatch(subjects::contains);
    }

    private void insert(String articleId, String claimId, String cluster, ModalityFamily family, Set<String> terms,
                        List<String> prefix) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO claim_clusters (article_id, claim_id,"
                + " cluster_id, family, terms) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, articleId);
            ps.setString(2, claimId);
            ps.setString(3, cluster);
            ps.setString(4, family.name());
            ps.setString(5, String.join(" ", terms));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO claim_terms (term, article_id, claim_id) VALUES (?, ?, ?)")) {
            for (String term : prefix) {
                ps.setString(1, term);
                ps.setString(2, articleId);
                ps.setString(3, claimId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
