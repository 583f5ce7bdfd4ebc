package org.hearsay.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.store.search.IndexedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over HTTP on a free loopback port, on a store of hand-built reports ({@link Newsroom}). */
class HearsayServerTest {
    private static final String TOKEN = "test-token-7f3a";

    @TempDir
    static Path dir;
    private static IndexedStore store;
    private static HearsayServer server;
    private static Api api;

    @BeforeAll
    static void start() {
        store = Newsroom.store(dir);
        server = HearsayServer.start("127.0.0.1", 0, TOKEN, store, Analyzer.installed());
        api = new Api(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static String id(int report) {
        return Newsroom.report(report).article().id();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void pagesOfArticlesCoverEveryArticleOnceInPublicationOrder() {
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = api.get("/api/articles?limit=3" + (next == null ? "" : "&after=" + encode(next))).json();
            page.get("items").forEach(item -> seen.add(item.get("id").asText()));
            next = page.hasNonNull("next") ? page.get("next").asText() : null;
            pages++;
        } while (next != null);
        assertEquals(3, pages);
        List<String> expected = new ArrayList<>();
        for (int n = 1; n < Newsroom.REPORTS; n++) {
            expected.add(id(n));
        }
        expected.add(id(0));
        assertEquals(expected, seen, "dated articles in order, the undated one last, none twice");
    }

    @Test
    void anArticleItsAnalysisAndItsExportsAreServedAndUnknownIdsAre404Problems() {
        JsonNode article = api.get("/api/articles/" + id(3)).json();
        assertEquals("Lindenau plant 3 neue Buslinien", article.get("title").asText());
        assertEquals("2026-03-03T09:00", article.get("published").asText());
        JsonNode analysis = api.get("/api/articles/" + id(3) + "/analysis").json();
        assertEquals("Anna Keller", analysis.get("layers").get("sources").get(0).get("name").asText(),
                analysis.toString());
        Api.Answer jsonLd = api.get("/api/articles/" + id(3) + "/export/jsonld");
        assertEquals(200, jsonLd.status());
        assertTrue(jsonLd.contentType().startsWith("application/ld+json"), jsonLd.contentType());

        Api.Answer missing = api.get("/api/articles/no-such-article/claims");
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith(Problem.MEDIA_TYPE), missing.contentType());
        assertEquals("no stored article with id no-such-article", missing.json().get("detail").asText());
        assertEquals(404, missing.json().get("status").asInt());
        Api.Answer noEndpoint = api.get("/api/nothing-here");
        assertEquals(404, noEndpoint.status());
        assertTrue(noEndpoint.json().get("detail").asText().contains("/api/openapi.json"), noEndpoint.body());
        Api.Answer wrongMethod = api.get("/api/ingest");
        assertEquals(405, wrongMethod.status());
        assertEquals("GET is not allowed on /api/ingest; see /api/openapi.json",
                wrongMethod.json().get("detail").asText());
        Api.Answer badLimit = api.get("/api/articles?limit=0");
        assertEquals(400, badLimit.status());
        assertTrue(badLimit.json().get("detail").asText().startsWith("limit must be"), badLimit.body());
    }

    @Test
    void searchFindsWordsFiltersByFacetsAndCountsThem() {
        JsonNode all = api.get("/api/search?q=Buslinie&limit=4").json();
        assertEquals(Newsroom.REPORTS, all.get("total").asInt());
        assertEquals(4, all.get("hits").size());
        JsonNode outlets = all.get("facets").get("outlet");
        assertEquals("Lindenauer Bote", outlets.get(0).get("value").asText());
        assertEquals(4, outlets.get(0).get("count").asInt());
        assertEquals(3, outlets.get(1).get("count").asInt());

        Set<String> paged = new HashSet<>();
        all.get("hits").forEach(hit -> paged.add(hit.get("articleId").asText()));
        JsonNode rest = api.get("/api/search?q=Buslinie&limit=4&after=" + encode(all.get("next").asText())).json();
        rest.get("hits").forEach(hit -> paged.add(hit.get("articleId").asText()));
        assertEquals(Newsroom.REPORTS, paged.size());
        assertFalse(rest.hasNonNull("next"));

        JsonNode filtered = api.get("/api/search?outlet=Kreisanzeiger&from=2026-03-02&to=2026-03-04").json();
        assertEquals(List.of(id(3)), ids(filtered));
        JsonNode entities = api.get("/api/entities?q=lin").json();
        assertEquals("Lindenau", entities.get("items").get(0).get("name").asText());
        assertEquals(Newsroom.REPORTS, entities.get("items").get(0).get("articles").asInt());
        assertEquals("LOC", entities.get("items").get(0).get("corpus").get(0).get("type").asText(), entities.toString());
        assertEquals(400, api.get("/api/search?from=M%C3%A4rz").status());
        assertEquals(400, api.get("/api/search?from=2026-03-04&to=2026-03-02").status());
        assertEquals(400, api.get("/api/search?after=" + encode(all.get("next").asText())).status(),
                "the cursor of a search with words does not fit a listing without");
    }

    private static List<String> ids(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.get("hits").forEach(hit -> ids.add(hit.get("articleId").asText()));
        return ids;
    }

    @Test
    void writeEndpointsAnswer401WithoutTheToken() {
        String ref = "/api/claims/" + id(2) + ":c1/resolution";
        String body = "{\"status\":\"fulfilled\",\"note\":\"eröffnet\"}";
        for (String token : new String[] {null, "wrong-token"}) {
            Api.Answer resolution = api.post(ref, "application/json", body, token);
            assertEquals(401, resolution.status());
            assertTrue(resolution.contentType().startsWith(Problem.MEDIA_TYPE), resolution.contentType());
            assertEquals(401, api.post("/api/ingest", "text/plain", "Titel\nText.", token).status());
        }
        assertEquals("pending", api.get("/api/claims/" + id(2) + ":c1").json().get("claim").get("status").asText(),
                "nothing was resolved");
    }

    @Test
    void aResolutionChangesTheStatusEverywhere() {
        String ref = id(4) + ":c1";
        Api.Answer resolved = api.post("/api/claims/" + ref + "/resolution", "application/json",
                "{\"status\":\"fulfilled\",\"evidence\":\"https://lokal.example/busse-eroeffnet\",\"actor\":\"Redaktion\"}",
                TOKEN);
        assertEquals(201, resolved.status(), resolved.body());
        assertEquals("pending", resolved.json().get("from").asText());
        assertEquals("fulfilled", resolved.json().get("to").asText());

        JsonNode claim = api.get("/api/claims/" + ref).json();
        assertEquals("fulfilled", claim.get("claim").get("status").asText());
        assertEquals("Redaktion", claim.get("history").get(0).get("actor").asText());
        JsonNode fulfilled = api.get("/api/claims?status=fulfilled").json();
        assertEquals(ref, fulfilled.get("items").get(0).get("ref").asText());
        assertEquals(1, fulfilled.get("items").size());
        assertEquals(List.of(id(4)), ids(api.get("/api/search?status=fulfilled").json()), "re-indexed");

        Api.Answer unknownStatus = api.post("/api/claims/" + ref + "/resolution", "application/json",
                "{\"status\":\"perhaps\",\"note\":\"?\"}", TOKEN);
        assertEquals(400, unknownStatus.status());
        assertEquals(404, api.post("/api/claims/" + id(4) + ":c99/resolution", "application/json",
                "{\"status\":\"failed\",\"note\":\"?\"}", TOKEN).status());
    }

    @Test
    void claimPagesFollowedByTheirCursorsGiveTheClaimsOfOneListing() {
        for (String filter : List.of("entity=Lindenau", "outlet=Kreisanzeiger", "trackable=true&source=Anna%20Keller")) {
            JsonNode whole = api.get("/api/claims?limit=200&" + filter).json();
            assertFalse(whole.hasNonNull("next"), whole.toString());
            List<String> expected = new ArrayList<>();
            whole.get("items").forEach(c -> expected.add(c.get("ref").asText()));
            assertTrue(expected.size() > 3, filter + ": " + expected);

            List<String> paged = new ArrayList<>();
            String next = null;
            int pages = 0;
            do {
                JsonNode page = api.get("/api/claims?limit=3&" + filter + (next == null ? "" : "&after="
                        + encode(next))).json();
                assertTrue(page.get("items").size() <= 3, page.toString());
                page.get("items").forEach(c -> paged.add(c.get("ref").asText()));
                next = page.hasNonNull("next") ? page.get("next").asText() : null;
                pages++;
            } while (next != null);
            assertEquals(expected, paged, filter);
            assertEquals((expected.size() + 2) / 3, pages, filter + ": no empty page at the end");
        }
    }

    @Test
    void aClaimCursorThatNamesNoStoredClaimIsA400Problem() {
        String unknown = id(3) + ":c99";
        Api.Answer answer = api.get("/api/claims?limit=3&after=" + encode(unknown));
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith(Problem.MEDIA_TYPE), answer.contentType());
        assertTrue(answer.json().get("detail").asText().contains(unknown), answer.body());
        Api.Answer notARef = api.get("/api/claims?after=busse-3");
        assertEquals(400, notARef.status(), notARef.body());
        assertTrue(notARef.json().get("detail").asText().startsWith("after "), notARef.body());
    }

    @Test
    void timelinePagesFollowedByTheirCursorsGiveTheWholeTimelineAndABadCursorIsA400() {
        JsonNode whole = api.get("/api/timeline?entity=Lindenau&limit=200").json();
        assertFalse(whole.hasNonNull("next"), whole.toString());
        List<String> expected = entries(whole);
        assertEquals(4 * Newsroom.REPORTS, expected.size(), "each report: the article, two claims, a deadline");
        assertEquals(Newsroom.REPORTS, expected.stream().filter(e -> e.startsWith("DEADLINE")).count());

        List<String> paged = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = api.get("/api/timeline?entity=Lindenau&limit=4" + (next == null ? "" : "&after="
                    + encode(next))).json();
            assertTrue(page.get("items").size() <= 4, page.toString());
            paged.addAll(entries(page));
            next = page.hasNonNull("next") ? page.get("next").asText() : null;
        } while (next != null);
        assertEquals(expected, paged);
        String cluster = api.get("/api/claims/" + id(2) + ":c1").json().get("claim").get("cluster").asText();
        JsonNode story = api.get("/api/timeline?story=" + encode(cluster) + "&limit=2").json();
        assertEquals(2, story.get("items").size(), story.toString());
        assertTrue(story.hasNonNull("next"), story.toString());

        for (String bad : List.of("claim:" + id(3) + ":c99", "deadline:" + id(3) + ":c2", "sometime")) {
            Api.Answer answer = api.get("/api/timeline?entity=Lindenau&after=" + encode(bad));
            assertEquals(400, answer.status(), bad + ": " + answer.body());
            assertTrue(answer.contentType().startsWith(Problem.MEDIA_TYPE), answer.contentType());
        }
    }

    private static List<String> entries(JsonNode page) {
        List<String> entries = new ArrayList<>();
        page.get("items").forEach(item -> entries.add(item.get("kind").asText() + " " + item.get("articleId").asText()
                + (item.has("claim") ? " " + item.get("claim").asText() : "")));
        return entries;
    }

    @Test
    void overdueListingsAndTrackRecordsAnswer() {
        JsonNode overdueIn2028 = api.get("/api/claims?overdue=true&asOf=2028-06-01&limit=200").json();
        // Every promise is due by the end of 2027; one may have been resolved by another test already.
        assertTrue(overdueIn2028.get("items").size() >= Newsroom.REPORTS - 1, overdueIn2028.toString());
        assertEquals(0, api.get("/api/claims?overdue=true&asOf=2026-06-01").json().get("items").size());

        assertEquals(400, api.get("/api/timeline").status());
        Api.Answer records = api.get("/api/track-records?speaker=Anna%20Keller");
        assertEquals(200, records.status(), records.body());
        assertEquals("Anna Keller", records.json().get(0).get("name").asText(), records.body());
        assertTrue(records.json().get(0).get("trackable").asInt() >= 1, "her promise, however often repeated");
    }

    /** About another town than the hand-built reports, so that the other tests' counts hold in any order. */
    @Test
    void anIngestedTextIsAnalysedStoredAndFound() {
        String text = """
                Fähre nach Neuwerder startet im Sommer
                Der Kreis will die Insel besser anbinden.
                12.05.2026 10:30
                Die neue Fähre soll ab Juli zweimal täglich fahren, sagte Landrat Peter Brandt am Dienstag.
                """;
        Api.Answer ingested = api.post("/api/ingest?name=faehre.txt", "text/plain; charset=utf-8", text, TOKEN);
        assertEquals(201, ingested.status(), ingested.body());
        JsonNode stored = ingested.json().get("stored").get(0);
        assertEquals("CREATED", stored.get("change").asText());
        String id = stored.get("articleId").asText();

        assertEquals("Fähre nach Neuwerder startet im Sommer", api.get("/api/articles/" + id).json().get("title").asText());
        assertEquals(List.of(id), ids(api.get("/api/search?q=F%C3%A4hren").json()), "indexed, found by its stem");
        assertEquals(200, api.post("/api/ingest?name=faehre.txt", "text/plain; charset=utf-8", text, TOKEN).status(),
                "the same text again changes nothing");
        Api.Answer empty = api.post("/api/ingest", "text/plain", "", TOKEN);
        assertEquals(422, empty.status(), empty.body());

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("hafen.txt", """
                Neuwerder bekommt einen neuen Hafen
                Die Gemeinde baut bis 2028.
                13.05.2026 08:00
                Der Hafen soll 2028 fertig sein, sagte Bürgermeisterin Eva Lorenz.
                """.getBytes(StandardCharsets.UTF_8));
        files.put("kaputt.bin", new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0, 7, 0});
        Api.Answer upload = api.upload("/api/ingest", files, TOKEN);
        assertEquals(201, upload.status(), upload.body());
        assertEquals(1, upload.json().get("stored").size(), upload.body());
        assertEquals("kaputt.bin", upload.json().get("failed").get(0).get("input").asText(), upload.body());
    }
}
