package org.hearsay.store.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * One SQL query over the claims with their article, holder, corpus link and cluster. Conditions are
 * added one by one; the status is the status as of a date, derived in SQL: a stored 'pending' of a
 * trackable claim whose judgeable-from day (else the day after its deadline) has come reads
 * 'overdue'. Dates are ISO text in both databases, so comparing them as strings compares the days.
 */
final class ClaimQuery {
    private static final String EFFECTIVE_STATUS = "CASE WHEN c.status = 'pending' AND c.trackable"
            + " AND (c.judgeable_from <= ? OR (c.judgeable_from IS NULL AND c.deadline < ?)) THEN 'overdue'"
            + " ELSE c.status END";
    /** Claims whose holder is linked to one of the corpus entities that follow, in parentheses. */
    private static final String HELD_BY = "(c.article_id, c.holder_id) IN (SELECT article_id, source_id FROM source_links"
            + " WHERE corpus_entity_id IN ";

    /**
     * Joins claims to the articles walked in listing order, from the listing key that follows. The
     * range on the listing key (from '' when the listing starts at the beginning: true of every
     * article) is what makes SQLite walk them by its index: without it, it scans and sorts them all,
     * a first page costing as much as the whole listing. After a cursor it also makes the walk start
     * at the cursor's article instead of passing every article before it.
     */
    private static final String WALK_ARTICLES = "a.list_key >= ? AND c.article_id = a.id";

    private final LocalDate asOf;
    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    /** The listing key the walk over the articles starts at: '' (before every key), or the cursor's. */
    private String walkFrom = "";
    /**
     * Whether a condition names the claims through an index (a ref, a cluster, entities): then the
     * query starts from those claims. Otherwise it walks the articles in listing order, so that a
     * limited listing stops after its first rows instead of sorting every claim of the corpus (a
     * status is derived as of a date, so no index can find the claims that have it).
     */
    private boolean selective;
    /** Whether the claims come in the order of their deadlines rather than in listing order. */
    private boolean byDeadline;

    ClaimQuery(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Claims with this status as of the date; pending ones only when trackable (a plain statement waits for no verdict). */
    ClaimQuery status(ClaimStatus status) {
        condition(EFFECTIVE_STATUS + " = ?", asOf.toString(), asOf.toString(), status.code());
        return status == ClaimStatus.PENDING ? trackable() : this;
    }

    ClaimQuery trackable() {
        return condition("c.trackable");
    }

    ClaimQuery outlet(String outlet) {
        return condition("LOWER(a.outlet) = LOWER(?)", outlet);
    }

    ClaimQuery ref(ClaimRef ref) {
        selective = true;
        return condition("c.article_id = ? AND c.id = ?", ref.articleId(), ref.claimId());
    }

    ClaimQuery cluster(String clusterId) {
        selective = true;
        return condition("cc.cluster_id = ?", clusterId);
    }

    /**
     * Claims about one of the corpus entities (a subject) or made by one (the holder). Both are
     * looked up from the entities' links, each through an index, rather than tested claim by claim.
     */
    ClaimQuery about(Set<String> corpusEntityIds) {
        String in = in(corpusEntityIds.size());
        selective = true;
        return condition("(" + HELD_BY + in + ") OR (c.article_id, c.id) IN (SELECT s.article_id, s.claim_id"
                + " FROM entity_links l JOIN claim_subjects s ON s.article_id = l.article_id AND s.entity_id = l.entity_id"
                + " WHERE l.corpus_entity_id IN " + in + "))", concat(corpusEntityIds, corpusEntityIds));
    }

    /**
     * Claims of a few articles only, the ones a timeline page shows: the query starts from their
     * claims, however many the rest of the corpus holds.
     */
    ClaimQuery inArticles(Collection<String> articleIds) {
        selective = true;
        return articleIds.isEmpty() ? condition("1 = 0")
                : condition("c.article_id IN " + in(articleIds.size()), articleIds.toArray(String[]::new));
    }

    /**
     * As {@link #about}, tested claim by claim: for a query that {@link #inArticles} has narrowed to
     * a few articles, where collecting all of an entity's links first (thousands for a common one)
     * would cost more than the claims themselves.
     */
    ClaimQuery aboutEach(Set<String> corpusEntityIds) {
        String in = in(corpusEntityIds.size());
        return condition("(EXISTS (SELECT 1 FROM source_links hl WHERE hl.article_id = c.article_id"
                + " AND hl.source_id = c.holder_id AND hl.corpus_entity_id IN " + in + ") OR EXISTS (SELECT 1"
                + " FROM claim_subjects s JOIN entity_links l ON l.article_id = s.article_id AND l.entity_id = s.entity_id"
                + " WHERE s.article_id = c.article_id AND s.claim_id = c.id AND l.corpus_entity_id IN " + in + "))",
                concat(corpusEntityIds, corpusEntityIds));
    }

    /** Claims made by one of the corpus entities, or relayed through one. */
    ClaimQuery from(Set<String> corpusEntityIds) {
        String in = in(corpusEntityIds.size());
        selective = true;
        return condition("(" + HELD_BY + in + ") OR (c.article_id, c.id) IN (SELECT r.article_id, r.claim_id"
                + " FROM source_links rl JOIN claim_relays r ON r.article_id = rl.article_id AND r.source_id = rl.source_id"
                + " WHERE rl.corpus_entity_id IN " + in + "))", concat(corpusEntityIds, corpusEntityIds));
    }

    /**
     * Only the claims after a position in the listing order: a keyset cursor, so a page deep in the
     * listing costs what the first page does. The row value compares the whole order key (row values
     * work in SQLite 3.15 and later and in PostgreSQL); when the query walks the articles, the walk
     * itself starts at the position's article.
     */
    ClaimQuery after(ListingPosition position) {
        walkFrom = position.listKey();
        return condition("(a.list_key, c.span_start, c.id) > (?, ?, ?)", position.listKey(), position.spanStart(),
                position.claimId());
    }

    /**
     * Only claims with a deadline, in the order of their deadlines as a timeline lists them: by day,
     * article id, then text order. Meant for selective queries (an entity, a cluster): their claims
     * are sorted anyway.
     */
    ClaimQuery byDeadline() {
        byDeadline = true;
        return condition("c.deadline IS NOT NULL");
    }

    /** With {@link #byDeadline}: only the deadlines after a position in that order. */
    ClaimQuery after(TimelinePosition.DeadlinePosition position) {
        return condition("(c.deadline, c.article_id, c.span_start, c.id) > (?, ?, ?, ?)", position.day(),
                position.articleId(), position.spanStart(), position.claimId());
    }

    /**
     * The claims, earliest publication first (undated last), in text order within an article; or by
     * deadline ({@link #byDeadline}).
     */
    List<TrackedClaim> run(Connection connection, int limit) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql())) {
            bind(ps, limit);
            List<TrackedClaim> claims = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claims.add(claim(rs));
                }
            }
            return claims;
        }
    }

    /** The query's SQL, with a parameter for each value {@link #bind} sets, the limit last. */
    String sql() {
        return "SELECT c.article_id, c.id, a.url, a.outlet, a.published_local, s.name, ce.id, ce.type, ce.name,"
                + " c.modality, c.polarity, c.trackable, c.proposition, c.question, c.deadline, c.judgeable_from, "
                + EFFECTIVE_STATUS + ", c.status_changed_at, c.probability, cc.cluster_id"
                + (selective ? " FROM claims c JOIN articles a ON a.id = c.article_id"
                        : " FROM articles a CROSS JOIN claims c")
                + " LEFT JOIN sources s ON s.article_id = c.article_id AND s.id = c.holder_id"
                + " LEFT JOIN source_links sl ON sl.article_id = c.article_id AND sl.source_id = c.holder_id"
                + " LEFT JOIN corpus_entities ce ON ce.id = sl.corpus_entity_id"
                + " LEFT JOIN claim_clusters cc ON cc.article_id = c.article_id AND cc.claim_id = c.id"
                + " WHERE " + (selective ? "" : WALK_ARTICLES + (where.isEmpty() ? "" : " AND ")) + where
                + (byDeadline ? " ORDER BY c.deadline, c.article_id, c.span_start, c.id LIMIT ?"
                        : " ORDER BY a.list_key, c.span_start, c.id LIMIT ?");
    }

    void bind(PreparedStatement ps, int limit) throws SQLException {
        int i = 1;
        ps.setString(i++, asOf.toString());
        ps.setString(i++, asOf.toString());
        if (!selective) {
            ps.setString(i++, walkFrom);
        }
        for (Object p : parameters) {
            ps.setObject(i++, p);
        }
        ps.setInt(i, limit);
    }

    private static TrackedClaim claim(ResultSet rs) throws SQLException {
        String published = rs.getString(5);
        String holderEntity = rs.getString(7);
        double probability = rs.getDouble(19);
        boolean noProbability = rs.wasNull();
        return new TrackedClaim(new ClaimRef(rs.getString(1), rs.getString(2)), rs.getString(3), rs.getString(4),
                published == null ? null : LocalDateTime.parse(published), rs.getString(6),
                holderEntity == null ? null : new CorpusEntity(holderEntity, rs.getString(8), rs.getString(9)),
                rs.getString(10), rs.getString(11), rs.getBoolean(12), rs.getString(13), rs.getString(14),
                date(rs.getString(15)), date(rs.getString(16)), ClaimStatus.ofCode(rs.getString(17)), rs.getString(18),
                noProbability ? null : probability, rs.getString(20));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private ClaimQuery condition(String sql, Object... values) {
        where.append(where.isEmpty() ? "" : " AND ").append(sql);
        parameters.addAll(List.of(values));
        return this;
    }

    private static String in(int n) {
        return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }

    private static String[] concat(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all.toArray(String[]::new);
    }
}
