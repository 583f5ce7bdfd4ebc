package org.hearsay.store.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Layers;

/**
 * Puts each claim of a new article into a cluster with the same claim in earlier stored articles.
 * Two claims are the same when
 * <ul>
 * <li>the Jaccard similarity of their {@link PropositionTerms} is at least {@value #THRESHOLD}
 * (half of all their content words shared: "Lindenau richtet zwölf neue Buslinien ein" and "Lindenau
 * will zwölf neue Buslinien einrichten" are, the same sentence about another town or number is not);
 * <li>when both have numbers, they share one ({@link PropositionTerms#numbersAgree});
 * <li>their modalities are of one {@link ModalityFamily} and their polarities equal;
 * <li>when both have subjects, they share at least one corpus entity among them.
 * </ul>
 * A claim joins the cluster of its most similar match, or founds a cluster named by its own ref.
 * Candidates come only through the {@code claim_terms} index with prefix filtering: each claim
 * indexes its first |T| − ⌈t·|T|⌉ + 1 terms in {@link PropositionTerms#PREFIX_ORDER}, and any two
 * claims with similarity ≥ t share one of them; at most {@value #MAX_CANDIDATES} candidates are
 * checked per claim (the first the index gives, unordered, so that the query stops there), and the
 * work per article stays bounded however large the corpus grows. A claim whose terms are exactly
 * those of its match indexes none: whatever would find it finds the match, so copies of one
 * statement (syndication, follow-ups repeating a sentence) leave the candidate lists as they were.
 * A trackable claim with no match in its own language is looked for among the trackable claims of
 * other languages by what it is anchored to ({@link CrossLanguageMatcher}). A claim joining a cluster
 * that a person has resolved takes its verdict ({@link ClusterVerdicts}).
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
     * @param sourceLinks corpus entity id by source id, for the claims' holders
     */
    void cluster(Analysis analysis, Map<String, String> entityLinks, Map<String, String> sourceLinks)
            throws SQLException {
        String articleId = analysis.article().id();
        String language = analysis.article().language();
        CrossLanguageMatcher otherLanguages = new CrossLanguageMatcher(connection);
        ClusterVerdicts verdicts = new ClusterVerdicts(connection);
        Instant now = Instant.now();
        Map<String, String> clusterOf = new HashMap<>();
        for (Claim claim : analysis.get(Layers.CLAIMS)) {
            TreeSet<String> terms = PropositionTerms.of(claim.proposition(), language);
            ModalityFamily family = ModalityFamily.of(claim.modality());
            List<String> prefix = prefix(terms);
            Set<String> subjects = claim.subjects().stream().map(entityLinks::get).filter(s -> s != null)
                    .collect(Collectors.toSet());
            String cluster = claim.restates().stream().map(clusterOf::get).filter(c -> c != null).findFirst()
                    .orElse(null);
            Match match = cluster == null && !prefix.isEmpty()
                    ? bestMatch(articleId, claim, terms, prefix, family, subjects) : null;
            if (match != null) {
                cluster = match.cluster();
            }
            Set<String> anchors = claim.trackable() ? ClaimAnchors.of(claim, sourceLinks.get(claim.holder()),
                    entityLinks, analysis.get(Layers.TIME_EXPRESSIONS), analysis.article().text()) : Set.of();
            if (cluster == null && !anchors.isEmpty()) {
                cluster = otherLanguages.bestMatch(language, claim, anchors, family);
            }
            if (cluster == null) {
                cluster = new ClaimRef(articleId, claim.id()).toString();
            }
            clusterOf.put(claim.id(), cluster);
            insert(articleId, claim.id(), cluster, family, terms,
                    match != null && match.similarity() == 1 ? List.of() : prefix);
            otherLanguages.index(language, articleId, claim.id(), anchors);
            ClaimRef ref = new ClaimRef(articleId, claim.id());
            if (!cluster.equals(ref.toString())) {
                verdicts.inherit(ref, cluster, now);
            }
        }
    }

    private record Match(String cluster, double similarity) {
    }

    static List<String> prefix(TreeSet<String> terms) {
        int length = terms.size() - (int) Math.ceil(THRESHOLD * terms.size()) + 1;
        return terms.stream().limit(Math.min(length, terms.size())).toList();
    }

    private Match bestMatch(String articleId, Claim claim, Set<String> terms, List<String> prefix,
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
                if (similarity >= THRESHOLD && better && PropositionTerms.numbersAgree(terms, c.terms())
                        && shareSubject(subjects, c.articleId(), c.claimId())) {
                    best = c.cluster();
                    bestSimilarity = similarity;
                }
            }
        }
        return best == null ? null : new Match(best, bestSimilarity);
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
        return Overlap.missingOrShared(subjects, theirs);
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
        if (prefix.isEmpty()) {
            return;
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
