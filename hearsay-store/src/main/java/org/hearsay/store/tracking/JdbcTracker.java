package org.hearsay.store.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hearsay.store.StoreException;

/**
 * The {@link Tracker} on the store's own JDBC connection. Every method holds the store's lock, as
 * the store's own methods do, so store and tracker can be shared by threads; {@link #resolve} is
 * one transaction.
 */
public final class JdbcTracker implements Tracker {
    private final Connection connection;
    private final Object lock;
    private final String name;
    private final Clock clock;

    /**
     * @param connection the store's connection, in auto-commit mode
     * @param lock       what the store synchronizes on
     * @param name       what to call the database in messages
     * @param clock      gives the time of status events and the day a resolution is recorded on
     */
    public JdbcTracker(Connection connection, Object lock, String name, Clock clock) {
        this.connection = connection;
        this.lock = lock;
        this.name = name;
        this.clock = clock;
    }

    @Override
    public List<CorpusEntity> entities(String entityName) {
        synchronized (lock) {
            try {
                return corpusEntities(entityName);
            } catch (SQLException e) {
                throw failure("cannot look up entity " + entityName, e);
            }
        }
    }

    /**
     * Exact key matches and the persons whose key ends with the name's key as a word (a surname:
     * "Kessling" is also "Arvid Kessling"); without exact matches, any entity whose key ends so.
     */
    private List<CorpusEntity> corpusEntities(String entityName) throws SQLException {
        String key = NameKey.of(entityName);
        if (key.isEmpty()) {
            return List.of();
        }
        List<CorpusEntity> found = new ArrayList<>(corpusEntities("key = ?", key));
        found.addAll(corpusEntities(found.isEmpty() ? "key LIKE ?" : "type = 'PER' AND key LIKE ?", "% " + key));
        return found;
    }

    private List<CorpusEntity> corpusEntities(String condition, String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, type, name FROM corpus_entities WHERE " + condition + " ORDER BY type, id")) {
            ps.setString(1, key);
            List<CorpusEntity> entities = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entities.add(new CorpusEntity(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return entities;
        }
    }

    private Set<String> corpusEntityIds(String entityName) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        corpusEntities(entityName).forEach(e -> ids.add(e.id()));
        return ids;
    }

    @Override
    public List<TrackedClaim> claims(ClaimFilter filter) {
        synchronized (lock) {
            try {
                ClaimQuery query = new ClaimQuery(filter.asOf());
                if (filter.after() != null) {
                    query.after(ListingPosition.of(connection, filter.after()).orElseThrow(() -> notStored(filter.after())));
                }
                if (filter.status() != null) {
                    query.status(filter.status());
                }
                if (filter.trackableOnly()) {
                    query.trackable();
                }
                if (filter.outlet() != null) {
                    query.outlet(filter.outlet());
                }
                if (filter.entity() != null) {
                    Set<String> ids = corpusEntityIds(filter.entity());
                    if (ids.isEmpty()) {
                        return List.of();
                    }
                    query.about(ids);
                }
                if (filter.source() != null) {
                    Set<String> ids = corpusEntityIds(filter.source());
                    if (ids.isEmpty()) {
                        return List.of();
                    }
                    query.from(ids);
                }
                return query.run(connection, filter.limit());
            } catch (SQLException e) {
                throw failure("cannot list claims", e);
            }
        }
    }

    @Override
    public Optional<TrackedClaim> claim(ClaimRef ref, LocalDate asOf) {
        synchronized (lock) {
            try {
                return find(ref, asOf);
            } catch (SQLException e) {
                throw failure("cannot read claim " + ref, e);
            }
        }
    }

    private Optional<TrackedClaim> find(ClaimRef ref, LocalDate asOf) throws SQLException {
        return new ClaimQuery(asOf).ref(ref).run(connection, 1).stream().findFirst();
    }

    @Override
    public Optional<ClaimCluster> cluster(String clusterId, LocalDate asOf) {
        synchronized (lock) {
            try {
                List<TrackedClaim> members = new ClaimQuery(asOf).cluster(clusterId).run(connection, Integer.MAX_VALUE);
                return members.isEmpty() ? Optional.empty() : Optional.of(new ClaimCluster(clusterId, members));
            } catch (SQLException e) {
                throw failure("cannot read claim cluster " + clusterId, e);
            }
        }
    }

    @Override
    public List<TrackedClaim> laterInCluster(ClaimRef ref, LocalDate asOf) {
        synchronized (lock) {
            try {
                TrackedClaim claim = find(ref, asOf).orElseThrow(() -> notStored(ref));
                List<TrackedClaim> members = new ClaimQuery(asOf).cluster(claim.cluster()).run(connection,
                        Integer.MAX_VALUE);
                int own = 0;
                while (!members.get(own).ref().equals(ref)) {
                    own++;
                }
                return members.subList(own + 1, members.size()).stream()
                        .filter(m -> !m.ref().articleId().equals(ref.articleId())).toList();
            } catch (SQLException e) {
                throw failure("cannot read the cluster of claim " + ref, e);
            }
        }
    }

    @Override
    public Optional<NearDuplicate> originalOf(String articleId) {
        synchronized (lock) {
            try {
                return duplicates("SELECT d.article_id, d.original_id, d.similarity FROM near_duplicates d"
                        + " JOIN articles o ON o.id = d.original_id WHERE d.article_id = ? ORDER BY o.list_key", articleId)
                        .stream().findFirst();
            } catch (SQLException e) {
                throw failure("cannot look up the original of article " + articleId, e);
            }
        }
    }

    @Override
    public List<NearDuplicate> copiesOf(String articleId) {
        synchronized (lock) {
            try {
                return duplicates("SELECT article_id, original_id, similarity FROM near_duplicates WHERE original_id = ?"
                        + " ORDER BY similarity DESC, article_id", articleId);
            } catch (SQLException e) {
                throw failure("cannot look up the copies of article " + articleId, e);
            }
        }
    }

    @Override
    public Duplicates duplicates(String articleId, int copies) {
        synchronized (lock) {
            try {
                String columns = "SELECT other.id, other.url, other.outlet, other.title, other.published_local,"
                        + " d.similarity FROM near_duplicates d JOIN articles other";
                List<DuplicateArticle> originals = duplicateArticles(columns + " ON other.id = d.original_id"
                        + " WHERE d.article_id = ? ORDER BY other.list_key LIMIT ?", articleId, 1);
                return new Duplicates(originals.isEmpty() ? null : originals.get(0), copies < 1 ? List.of()
                        : duplicateArticles(columns + " ON other.id = d.article_id WHERE d.original_id = ?"
                                + " ORDER BY d.similarity DESC, other.list_key LIMIT ?", articleId, copies));
            } catch (SQLException e) {
                throw failure("cannot look up the near-duplicates of article " + articleId, e);
            }
        }
    }

    private List<DuplicateArticle> duplicateArticles(String sql, String articleId, int limit) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, articleId);
            ps.setInt(2, limit);
            List<DuplicateArticle> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String published = rs.getString(5);
                    found.add(new DuplicateArticle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            published == null ? null : LocalDateTime.parse(published), rs.getDouble(6)));
                }
            }
            return found;
        }
    }

    private List<NearDuplicate> duplicates(String sql, String articleId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, articleId);
            List<NearDuplicate> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new NearDuplicate(rs.getString(1), rs.getString(2), rs.getDouble(3)));
                }
            }
            return found;
        }
    }

    @Override
    public ClaimEvent resolve(ClaimRef ref, Resolution resolution) {
        synchronized (lock) {
            Instant at = clock.instant();
            try {
                connection.setAutoCommit(false);
                try {
                    LocalDate day = LocalDate.ofInstant(at, clock.getZone());
                    TrackedClaim claim = find(ref, day).orElseThrow(() -> notStored(ref));
                    boolean open = claim.status() == ClaimStatus.PENDING || claim.status() == ClaimStatus.OVERDUE;
                    if (claim.status() == resolution.status() || open && resolution.status() == ClaimStatus.PENDING) {
                        throw new IllegalArgumentException("claim " + ref + " is " + claim.status().code() + " already");
                    }
                    ClaimEvent event = new Resolutions(connection).write(ref, claim.status(), resolution, at);
                    new ClusterVerdicts(connection).record(ref, resolution, at, day);
                    connection.commit();
                    return event;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw failure("cannot resolve claim " + ref, e);
            }
        }
    }

    @Override
    public List<ClaimEvent> history(ClaimRef ref) {
        synchronized (lock) {
            try {
                return new Resolutions(connection).history(ref);
            } catch (SQLException e) {
                throw failure("cannot read the history of claim " + ref, e);
            }
        }
    }

    @Override
    public List<TrackRecord> trackRecords(TrackRecord.Scope scope, String recordName, LocalDate asOf) {
        synchronized (lock) {
            try {
                TrackRecords records = new TrackRecords(connection);
                if (recordName == null) {
                    return records.compute(scope, null, null, asOf);
                }
                if (scope == TrackRecord.Scope.OUTLET) {
                    return records.compute(scope, recordName.toLowerCase(Locale.ROOT)::equals, null, asOf);
                }
                List<CorpusEntity> named = corpusEntities(recordName);
                Set<String> keys = new HashSet<>();
                named.forEach(e -> keys.add(TrackRecords.key(e)));
                String fullest = named.stream().map(CorpusEntity::name).max(Comparator.comparingInt(String::length))
                        .orElse(recordName);
                return records.compute(scope, keys::contains, fullest, asOf);
            } catch (SQLException e) {
                throw failure("cannot compute track records", e);
            }
        }
    }

    @Override
    public List<TimelineItem> entityTimeline(String entityName, LocalDate asOf, TimelineCursor after, int limit) {
        synchronized (lock) {
            try {
                TimelinePosition position = after == null ? null : TimelinePosition.of(connection, after);
                Set<String> ids = corpusEntityIds(entityName);
                if (ids.isEmpty()) {
                    return List.of();
                }
                String in = "(" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
                List<String> parameters = new ArrayList<>(ids);
                parameters.addAll(ids);
                return new Timelines(connection).page("a.id IN (SELECT article_id FROM entity_links WHERE"
                        + " corpus_entity_id IN " + in + ") OR a.id IN (SELECT article_id FROM source_links WHERE"
                        + " corpus_entity_id IN " + in + ")", parameters, new Timelines.ClaimQueries() {
                            @Override
                            public ClaimQuery all() {
                                return new ClaimQuery(asOf).about(ids);
                            }

                            @Override
                            public ClaimQuery of(Set<String> articleIds) {
                                return new ClaimQuery(asOf).inArticles(articleIds).aboutEach(ids);
                            }
                        }, position, limit);
            } catch (SQLException e) {
                throw failure("cannot build the timeline of " + entityName, e);
            }
        }
    }

    @Override
    public List<TimelineItem> storyTimeline(String clusterId, LocalDate asOf, TimelineCursor after, int limit) {
        synchronized (lock) {
            try {
                TimelinePosition position = after == null ? null : TimelinePosition.of(connection, after);
                return new Timelines(connection).page("a.id IN (SELECT article_id FROM claim_clusters WHERE"
                        + " cluster_id = ?)", List.of(clusterId), new Timelines.ClaimQueries() {
                            @Override
                            public ClaimQuery all() {
                                return new ClaimQuery(asOf).cluster(clusterId);
                            }

                            @Override
                            public ClaimQuery of(Set<String> articleIds) {
                                return new ClaimQuery(asOf).inArticles(articleIds).cluster(clusterId);
                            }
                        }, position, limit);
            } catch (SQLException e) {
                throw failure("cannot build the timeline of story " + clusterId, e);
            }
        }
    }

    private static IllegalArgumentException notStored(ClaimRef ref) {
        return new IllegalArgumentException("no claim " + ref + " is stored");
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(what + " in " + name + ": " + e.getMessage(), e);
    }
}
