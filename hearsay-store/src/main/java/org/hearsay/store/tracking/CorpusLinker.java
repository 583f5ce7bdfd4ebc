package org.hearsay.store.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Source;

/**
 * Ties a newly stored article into the corpus: entities and named sources to corpus entities,
 * claims to their relay sources and to claim clusters, the article to the articles it nearly
 * duplicates. Called by the store inside the transaction that stores the article's rows, after
 * them; everything it writes goes with those rows when the article is replaced.
 */
public final class CorpusLinker {
    private CorpusLinker() {
    }

    /**
     * @param listKey the article's listing key (publication time, then id), which orders "earlier"
     */
    public static void link(Connection connection, Analysis analysis, String listKey) throws SQLException {
        Article article = analysis.article();
        EntityLinker entities = new EntityLinker(connection);
        Map<String, String> entityLinks = entities.linkEntities(article.id(), analysis.get(Layers.ENTITIES));
        List<Source> sources = analysis.get(Layers.SOURCES);
        Map<String, String> sourceLinks = entities.linkSources(article.id(), sources);
        List<Claim> claims = analysis.get(Layers.CLAIMS);
        insertRelays(connection, article.id(), claims, sources.stream().map(Source::id).collect(Collectors.toSet()));
        new ClaimClusterer(connection).cluster(analysis, entityLinks, sourceLinks);
        new DuplicateDetector(connection).detect(article.id(), article.text(), listKey);
    }

    private static void insertRelays(Connection connection, String articleId, List<Claim> claims, Set<String> sourceIds)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO claim_relays (article_id, claim_id, source_id, position) VALUES (?, ?, ?, ?)")) {
            for (Claim c : claims) {
                for (int i = 0; i < c.relayedBy().size(); i++) {
                    if (sourceIds.contains(c.relayedBy().get(i))) {
                        ps.setString(1, articleId);
                        ps.setString(2, c.id());
                        ps.setString(3, c.relayedBy().get(i));
                        ps.setInt(4, i);
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }
}
