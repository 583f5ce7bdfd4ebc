package org.hearsay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Source;

/**
 * Inserts one analysis as rows: the article, the compressed analysis document, and one row per
 * source, entity and claim (with the claim's subjects). Layers the analysis lacks give no rows;
 * subjects are written only when the entities they name are there too. The caller holds the
 * transaction.
 */
final class AnalysisRows {
    private final Connection connection;

    AnalysisRows(Connection connection) {
        this.connection = connection;
    }

    void insert(Analysis analysis, Instant now) throws SQLException {
        Article article = analysis.article();
        insertArticle(article, now);
        insertDocument(analysis, now);
        insertSources(article.id(), analysis.get(Layers.SOURCES));
        insertEntities(article.id(), analysis.get(Layers.ENTITIES));
        List<Claim> claims = analysis.get(Layers.CLAIMS);
        insertClaims(article.id(), claims);
        if (analysis.has(Layers.ENTITIES)) {
            insertSubjects(article.id(), claims);
        }
    }

    private void insertArticle(Article a, Instant now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO articles (id, url, origin, format, outlet,"
                + " title, byline, language, published_local, published_offset, published_raw, list_key, ingested_at,"
                + " text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, a.url());
            ps.setString(3, a.origin());
            ps.setString(4, a.format());
            ps.setString(5, a.outlet());
            ps.setString(6, a.title());
            ps.setString(7, a.byline());
            ps.setString(8, a.language());
            boolean dated = a.published() != null;
            ps.setString(9, dated ? ListKey.local(a.published().local()) : null);
            ps.setString(10, dated && a.published().hasZone() ? a.published().offset().getId() : null);
            ps.setString(11, dated ? a.published().raw() : null);
            ps.setString(12, ListKey.of(a));
            ps.setString(13, now.toString());
            ps.setString(14, a.text());
            ps.executeUpdate();
        }
    }

    private void insertDocument(Analysis analysis, Instant now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO analyses (article_id, config_hash, version,"
                + " analysed_at, document) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, analysis.article().id());
            ps.setString(2, analysis.provenance().configHash());
            ps.setString(3, analysis.provenance().version());
            ps.setString(4, now.toString());
            ps.setBytes(5, AnalysisDocument.encode(analysis));
            ps.executeUpdate();
        }
    }

    private void insertSources(String articleId, List<Source> sources) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO sources (article_id, id, kind, name,"
                + " anonymous_type, affiliation, count, plural) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Source s : sources) {
                ps.setString(1, articleId);
                ps.setString(2, s.id());
                ps.setString(3, s.kind().name());
                ps.setString(4, s.name());
                ps.setString(5, s.anonymousType());
                ps.setString(6, s.affiliation());
                setInteger(ps, 7, s.count());
                ps.setBoolean(8, s.plural());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertEntities(String articleId, List<Entity> entities) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO entities (article_id, id, type, canonical,"
                + " abbreviation, stands_for, source_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Entity e : entities) {
                ps.setString(1, articleId);
                ps.setString(2, e.id());
                ps.setString(3, e.type());
                ps.setString(4, e.canonical());
                ps.setString(5, e.abbreviation());
                ps.setString(6, e.standsFor());
                ps.setString(7, e.source());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertClaims(String articleId, List<Claim> claims) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO claims (article_id, id, holder_id, modality,"
                + " polarity, orientation, trackable, deadline, judgeable_from, proposition, question, span_start,"
                + " span_end, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Claim c : claims) {
                ps.setString(1, articleId);
                ps.setString(2, c.id());
                ps.setString(3, c.holder());
                ps.setString(4, c.modality().name());
                ps.setString(5, c.polarity().name());
                ps.setString(6, c.orientation().name());
                ps.setBoolean(7, c.trackable());
                ps.setString(8, c.time() == null ? null : c.time().deadline());
                ps.setString(9, c.judgeableFrom());
                ps.setString(10, c.proposition());
                ps.setString(11, c.question());
                ps.setInt(12, c.span().start());
                ps.setInt(13, c.span().end());
                ps.setDouble(14, c.confidence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertSubjects(String articleId, List<Claim> claims) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO claim_subjects (article_id, claim_id, entity_id, position) VALUES (?, ?, ?, ?)")) {
            for (Claim c : claims) {
                for (int i = 0; i < c.subjects().size(); i++) {
                    ps.setString(1, articleId);
                    ps.setString(2, c.id());
                    ps.setString(3, c.subjects().get(i));
                    ps.setInt(4, i);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
