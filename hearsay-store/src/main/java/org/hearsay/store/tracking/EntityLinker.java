package org.hearsay.store.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Source;

/**
 * Links an article's entities and named sources to corpus entities by {@link NameKey} and type,
 * creating corpus entities on first sight. Named persons count as PER, organisations and outlets
 * as ORG, so "Werstka" the outlet and "Werstka" the ORG entity are one. Anonymous sources are never
 * linked: two "Quellen aus dem Kreml" in two articles need not be the same people.
 */
final class EntityLinker {
    private final Connection connection;

    EntityLinker(Connection connection) {
        this.connection = connection;
    }

    /** Links the entities; returns each linked entity's corpus entity id by article entity id. */
    Map<String, String> linkEntities(String articleId, List<Entity> entities) throws SQLException {
        Map<String, String> links = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Entity e : entities) {
            String key = NameKey.of(e.canonical());
            if (!key.isEmpty()) {
                String id = e.type() + ":" + key;
                links.put(e.id(), id);
                names.putIfAbsent(id, e.canonical());
            }
        }
        createMissing(names);
        insertLinks("INSERT INTO entity_links (article_id, entity_id, corpus_entity_id) VALUES (?, ?, ?)", articleId, links);
        return links;
    }

    /** Links the named sources; returns each linked source's corpus entity id by source id. */
    Map<String, String> linkSources(String articleId, List<Source> sources) throws SQLException {
        Map<String, String> links = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Source s : sources) {
            String key = NameKey.of(s.name());
            if (!s.anonymous() && !key.isEmpty()) {
                String id = (s.kind() == Source.Kind.NAMED_PERSON ? "PER" : "ORG") + ":" + key;
                links.put(s.id(), id);
                names.putIfAbsent(id, s.name());
            }
        }
        createMissing(names);
        insertLinks("INSERT INTO source_links (article_id, source_id, corpus_entity_id) VALUES (?, ?, ?)", articleId, links);
        return links;
    }

    private void createMissing(Map<String, String> namesById) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO corpus_entities (id, type, key, name)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            for (Map.Entry<String, String> e : namesById.entrySet()) {
                int colon = e.getKey().indexOf(':');
                ps.setString(1, e.getKey());
                ps.setString(2, e.getKey().substring(0, colon));
                ps.setString(3, e.getKey().substring(colon + 1));
                ps.setString(4, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertLinks(String sql, String articleId, Map<String, String> links) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Map.Entry<String, String> e : links.entrySet()) {
                ps.setString(1, articleId);
                ps.setString(2, e.getKey());
                ps.setString(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
