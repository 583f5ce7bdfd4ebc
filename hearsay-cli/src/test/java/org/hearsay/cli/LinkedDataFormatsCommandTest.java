package org.hearsay.cli;

import static org.hearsay.core.export.JsonLdChecks.checkedNodes;
import static org.hearsay.core.export.JsonLdChecks.ref;
import static org.hearsay.core.export.JsonLdChecks.refs;
import static org.hearsay.core.export.JsonLdChecks.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hearsay.core.export.JsonLdChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --format jsonld|prov} on the example article: valid JSON-LD with the article,
 * its sources as agents and the relay chain; claims are checked whenever the pipeline has a claim
 * stage, so the test holds before and after one is installed.
 */
class LinkedDataFormatsCommandTest {
    private static final String OFFICIAL = "ein kommissionsnaher Gesprächspartner";

    @TempDir
    Path dir;

    private static Map<String, JsonNode> onlyDocument(CliRun run) throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one document per line, one article");
        return checkedNodes(JsonLdChecks.parse(lines.get(0)));
    }

    private static JsonNode byType(Map<String, JsonNode> nodes, String type) {
        return nodes.values().stream().filter(n -> types(n).contains(type)).findFirst().orElseThrow(() -> new AssertionError(type));
    }

    private static JsonNode byProperty(Map<String, JsonNode> nodes, String property, String value) {
        return nodes.values().stream().filter(n -> value.equals(n.path(property).asText())).findFirst()
                .orElseThrow(() -> new AssertionError(property + " = " + value));
    }

    @Test
    void jsonldHasTheNewsArticleItsSourcesAndTheirClaims() throws IOException {
        Map<String, JsonNode> nodes = onlyDocument(CliRun.of("analyze", "--format", "jsonld", AnalyzeCommandTest.EXAMPLE.toString()));
        JsonNode article = byType(nodes, "NewsArticle");
        assertEquals("Brüssel verhandelt über Zölle nur nach Rückzug der Stahlquoten", article.get("headline").asText());
        assertEquals("2025-03-04T14:30:00", article.get("datePublished").asText());
        assertEquals("de", article.get("inLanguage").asText());
        assertEquals("Person", byProperty(nodes, "name", "Ursula von der Leyen").get("@type").asText());
        assertEquals("NewsMediaOrganization", byProperty(nodes, "name", "Handelsblick").get("@type").asText());
        JsonNode official = byProperty(nodes, "description", OFFICIAL);
        assertEquals("Person", official.get("@type").asText());
        assertTrue(nodes.values().stream().anyMatch(n -> n.get("@type").asText().equals("Quotation")
                && n.has("creator") && ref(n, "creator").equals(official.get("@id").asText())));
        for (JsonNode claim : nodes.values().stream().filter(n -> n.get("@type").asText().equals("Claim")).toList()) {
            assertEquals(article.get("@id").asText(), ref(claim, "appearance"));
            if (claim.has("author")) {
                assertTrue(nodes.containsKey(ref(claim, "author")), "author is a node of the graph: " + claim);
            }
            refs(claim, "about").forEach(entity -> assertTrue(nodes.containsKey(entity), entity));
        }
    }

    @Test
    void provAttributesQuotationsAndFollowsTheRelayChain() throws IOException {
        Map<String, JsonNode> nodes = onlyDocument(CliRun.of("analyze", "--format", "prov", AnalyzeCommandTest.EXAMPLE.toString()));
        JsonNode article = nodes.values().iterator().next();
        assertEquals(List.of("prov:Entity"), types(article));
        assertEquals("2025-03-04T14:30:00", article.get("prov:generatedAtTime").asText());
        JsonNode portal = byProperty(nodes, "rdfs:label", "Handelsblick");
        assertEquals(List.of("prov:Agent", "prov:Organization"), types(portal));
        JsonNode official = byProperty(nodes, "rdfs:label", OFFICIAL);
        assertEquals(List.of("prov:Agent", "prov:Person"), types(official));
        String portalStatement = statementOf(nodes, portal);
        assertTrue(refs(article, "prov:wasDerivedFrom").contains(portalStatement), "article ← Handelsblick");
        assertTrue(refs(nodes.get(portalStatement), "prov:wasDerivedFrom").contains(statementOf(nodes, official)),
                "Handelsblick ← " + OFFICIAL);
        JsonNode quote = byProperty(nodes, "prov:value", "Wir verhandeln nur auf Augenhöhe");
        assertEquals(official.get("@id").asText(), ref(quote, "prov:wasAttributedTo"));
        assertEquals(statementOf(nodes, official), ref(quote, "prov:wasQuotedFrom"));
        nodes.values().stream().filter(n -> n.get("@id").asText().contains(":claim:"))
                .filter(claim -> claim.has("prov:wasAttributedTo"))
                .forEach(claim -> assertTrue(types(nodes.get(ref(claim, "prov:wasAttributedTo"))).contains("prov:Agent")));
    }

    private static String statementOf(Map<String, JsonNode> nodes, JsonNode agent) {
        String id = agent.get("@id").asText();
        return nodes.values().stream()
                .filter(n -> n.has("prov:wasAttributedTo") && ref(n, "prov:wasAttributedTo").equals(id) && n.get("@id").asText().contains(":statement:"))
                .map(n -> n.get("@id").asText()).findFirst().orElseThrow(() -> new AssertionError("no statement of " + id));
    }

    @Test
    void outWritesOneJsonldFilePerArticle() throws IOException {
        CliRun run = CliRun.of("analyze", "--format", "jsonld", "--out", dir.toString(), AnalyzeCommandTest.EXAMPLE.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.toList();
        }
        assertEquals(1, files.size(), files.toString());
        String name = files.get(0).getFileName().toString();
        assertTrue(name.startsWith("zollgespraeche.") && name.endsWith(".jsonld") && !name.endsWith(".prov.jsonld"), name);
        String content = Files.readString(files.get(0));
        assertTrue(content.lines().count() > 10, "indented");
        assertFalse(checkedNodes(JsonLdChecks.parse(content)).isEmpty());
    }
}
