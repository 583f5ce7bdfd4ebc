package org.hearsay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.store.tracking.CorpusLinker;
import org.hearsay.store.tracking.JdbcTracker;
import org.hearsay.store.tracking.Tracker;

/**
 * The store's behaviour in plain JDBC on one connection, whatever the database behind it. Each
 * {@link #put} is one transaction; methods are synchronized, so one store may be shared by threads.
 */
final class JdbcStore implements CorpusStore {
    private final Connection connection;
    private final String name;

    /**
     * @param connection an open connection in auto-commit mode, schema migrated
     * @param name       what to call the database in messages (its file or URL)
     */
    JdbcStore(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    @Override
    public synchronized Stored put(Analysis analysis) {
        Article article = analysis.article();
        try {
            connection.setAutoCommit(false);
            Stored stored;
            try {
                stored = write(analysis);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                abandonTransaction(e);
                throw e;
            }
            connection.setAutoCommit(true);
            return stored;
        } catch (SQLException e) {
            throw new StoreException("cannot store article " + article.id() + " (" + article.origin() + ") in " + name
                    + ": " + e.getMessage(), e);
        }
    }

    private Stored write(Analysis analysis) throws SQLException {
        Article article = analysis.article();
        Optional<String> storedConfig = queryString("SELECT config_hash FROM analyses WHERE article_id = ?", article.id());
        if (storedConfig.equals(Optional.of(analysis.provenance().configHash()))) {
            return new Stored(article.id(), Change.UNCHANGED);
        }
        List<String> replaced = new ArrayList<>();
        storedConfig.ifPresent(config -> replaced.add(article.id()));
        if (article.url() != null) {
            queryString("SELECT id FROM articles WHERE url = ?", article.url())
                    .filter(other -> !other.equals(article.id()))
                    .ifPresent(replaced::add);
        }
        ClaimHistory history = ClaimHistory.of(connection, replaced);
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM articles WHERE id = ?")) {
            for (String id : replaced) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
        new AnalysisRows(connection).insert(analysis, Instant.now());
        Set<String> claimIds = analysis.get(Layers.CLAIMS).stream().map(Claim::id).collect(Collectors.toSet());
        history.restore(connection, article.id(), claimIds);
        CorpusLinker.link(connection, analysis, ListKey.of(article));
        return new Stored(article.id(), replaced.isEmpty() ? Change.CREATED : Change.UPDATED);
    }

    /**
     * Rolls back and returns to auto-commit after a failed write. Either step may fail in turn
     * (SQLite has already rolled back on SQLITE_FULL, so there is nothing left to end); that is
     * recorded on the original failure, which stays the one reported.
     */
    private void abandonTransaction(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public synchronized boolean has(String contentHash, String configHash) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM analyses WHERE article_id = ? AND config_hash = ?")) {
            ps.setString(1, contentHash);
            ps.setString(2, configHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure("cannot look up article " + contentHash, e);
        }
    }

    @Override
    public synchronized Optional<Analysis> analysis(String articleId) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT document FROM analyses WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(AnalysisDocument.decode(rs.getBytes(1), articleId)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("cannot read article " + articleId, e);
        }
    }

    @Override
    public synchronized Optional<Article> articleByUrl(String url) {
        try {
            return queryString("SELECT id FROM articles WHERE url = ?", url).flatMap(this::analysis).map(Analysis::article);
        } catch (SQLException e) {
            throw failure("cannot look up URL " + url, e);
        }
    }

    @Override
    public synchronized ArticlePage articles(String after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("page limit must be at least 1, not " + limit);
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, url, outlet, title, language,"
                + " published_local, published_offset, published_raw, origin, ingested_at, list_key FROM articles"
                + " WHERE list_key > ? ORDER BY list_key LIMIT ?")) {
            ps.setString(1, after == null ? "" : after);
            ps.setInt(2, limit + 1);
            List<ArticleEntry> entries = new ArrayList<>();
            String lastKey = null;
            boolean more = false;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (entries.size() == limit) {
                        more = true;
                        break;
                    }
                    entries.add(entry(rs));
                    lastKey = rs.getString(11);
                }
            }
            return new ArticlePage(entries, more ? lastKey : null);
        } catch (SQLException e) {
            throw failure("cannot list articles", e);
        }
    }

    private static ArticleEntry entry(ResultSet rs) throws SQLException {
        String local = rs.getString(6);
        String offset = rs.getString(7);
        PublicationTime published = local == null ? null : new PublicationTime(LocalDateTime.parse(local),
                offset == null ? null : ZoneOffset.of(offset), rs.getString(8));
        return new ArticleEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                published, rs.getString(9), Instant.parse(rs.getString(10)));
    }

    @Override
    public synchronized Counts counts() {
        try {
            return new Counts(count("articles"), count("sources"), count("entities"), count("claims"));
        } catch (SQLException e) {
            throw failure("cannot count rows", e);
        }
    }

    @Override
    public Tracker tracker(Clock clock) {
        return new JdbcTracker(connection, this, name, clock);
    }

    private long count(String table) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Optional<String> queryString(String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(what + " in " + name + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot close the connection", e);
        }
    }
}
