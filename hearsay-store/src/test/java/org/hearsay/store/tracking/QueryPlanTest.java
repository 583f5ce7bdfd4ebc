package org.hearsay.store.tracking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearsay.store.CorpusStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's plans for claim listings and timeline pages: a listing that filters by what no index finds (a status as of a
 * day, an outlet) walks the articles by the listing key's index, from the cursor's key when it has
 * one, and never sorts all claims; a page then costs about what the first page does. Listings and
 * timelines of an entity start from its links instead.
 */
class QueryPlanTest {
    private static final LocalDate DAY = LocalDate.parse("2026-07-10");
    private static final ListingPosition DEEP = new ListingPosition("2026-03-02T09:00:00|3f2a", 120, "c4");

    @TempDir
    Path dir;
    private String url;

    @BeforeEach
    void schema() {
        Path db = dir.resolve("plan.db");
        CorpusStores.open(db.toString()).close();
        url = "jdbc:sqlite:" + db;
    }

    @Test
    void aStatusListingAfterACursorWalksTheArticlesByTheListingKeyFromTheCursor() throws SQLException {
        List<String> plan = plan(new ClaimQuery(DAY).status(ClaimStatus.OVERDUE).after(DEEP));
        assertTrue(plan.get(0).matches("SEARCH a USING INDEX sqlite_autoindex_articles_\\d \\(list_key>\\?\\)"),
                String.join("\n", plan));
        assertFalse(plan.stream().anyMatch(step -> step.startsWith("SCAN")), "no table scanned: " + plan);
        assertFalse(plan.stream().anyMatch(step -> step.equals("USE TEMP B-TREE FOR ORDER BY")),
                "the articles come in listing order, only each article's claims are sorted: " + plan);
    }

    @Test
    void theFirstPageWalksTheSameWay() throws SQLException {
        List<String> plan = plan(new ClaimQuery(DAY).outlet("Nordkurier"));
        assertTrue(plan.get(0).matches("SEARCH a USING INDEX sqlite_autoindex_articles_\\d \\(list_key>\\?\\)"),
                String.join("\n", plan));
        assertFalse(plan.stream().anyMatch(step -> step.equals("USE TEMP B-TREE FOR ORDER BY")), plan.toString());
    }

    @Test
    void aListingAboutAnEntityAfterACursorStartsFromTheEntitysLinks() throws SQLException {
        List<String> plan = plan(new ClaimQuery(DAY).about(Set.of("LOC:kiv")).after(DEEP));
        assertFalse(plan.stream().anyMatch(step -> step.startsWith("SCAN c") || step.startsWith("SCAN a")),
                "the claims come from the links' indexes: " + plan);
    }

    @Test
    void aTimelinePageAfterACursorFindsItsArticlesAndDeadlinesByTheEntitysLinks() throws SQLException {
        String about = "a.id IN (SELECT article_id FROM entity_links WHERE corpus_entity_id IN (?))"
                + " OR a.id IN (SELECT article_id FROM source_links WHERE corpus_entity_id IN (?))";
        List<String> articles = plan(Timelines.articlesSql(about, true), "LOC:kiv", "LOC:kiv", DEEP.listKey(), 21);
        assertFalse(articles.stream().anyMatch(step -> step.startsWith("SCAN") || step.contains("(list_key>?)")),
                "the articles come from the links, not from a walk over every later article: " + articles);
        List<String> deadlines = plan(new ClaimQuery(DAY).about(Set.of("LOC:kiv")).byDeadline()
                .after(new TimelinePosition.DeadlinePosition("2026-03-02", "3f2a", 0, "c1")));
        assertFalse(deadlines.stream().anyMatch(step -> step.startsWith("SCAN")), deadlines.toString());
    }

    private List<String> plan(ClaimQuery query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement ps = connection.prepareStatement("EXPLAIN QUERY PLAN " + query.sql())) {
            query.bind(ps, 21);
            return steps(ps);
        }
    }

    private List<String> plan(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement ps = connection.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return steps(ps);
        }
    }

    private static List<String> steps(PreparedStatement ps) throws SQLException {
        List<String> steps = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                steps.add(rs.getString("detail"));
            }
        }
        return steps;
    }
}
