package org.hearsay.core.export;

import static org.hearsay.core.export.JsonLdChecks.checkedNodes;
import static org.hearsay.core.export.JsonLdChecks.ref;
import static org.hearsay.core.export.JsonLdChecks.refs;
import static org.hearsay.core.export.JsonLdChecks.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Analysis;
import org.junit.jupiter.api.Test;

class ProvExportTest {
    private final Analysis analysis = BridgeArticleFixture.analysis();
    private final NodeIris iris = NodeIris.of(analysis.article());

    private Map<String, JsonNode> nodes() throws IOException {
        return checkedNodes(JsonLdChecks.parse(LinkedDataFormat.PROV.write(analysis)));
    }

    @Test
    void theArticleIsAnEntityGeneratedAtPublicationAndAttributedToItsOutlet() throws IOException {
        Map<String, JsonNode> nodes = nodes();
        JsonNode article = nodes.get(iris.article());
        assertEquals(List.of("prov:Entity"), types(article));
        assertEquals("2026-02-20T09:15:00+01:00", article.get("prov:generatedAtTime").asText());
        JsonNode outlet = nodes.get(ref(article, "prov:wasAttributedTo"));
        assertEquals(List.of("prov:Agent", "prov:Organization"), types(outlet));
        assertEquals(BridgeArticleFixture.OUTLET, outlet.get("rdfs:label").asText());
    }

    @Test
    void claimsAreAttributedToTheirHoldersOrTheOutlet() throws IOException {
        Map<String, JsonNode> nodes = nodes();
        JsonNode promise = nodes.get(iris.claim("c4"));
        assertEquals(List.of("prov:Entity"), types(promise));
        assertEquals(iris.source("s3"), ref(promise, "prov:wasAttributedTo"));
        assertEquals(List.of(iris.quotation(3)), refs(promise, "prov:wasDerivedFrom"));
        assertEquals(iris.article(), ref(promise, "dcterms:isPartOf"));
        assertEquals(List.of("prov:Agent", "prov:Person"), types(nodes.get(iris.source("s3"))));
        assertEquals(iris.publisher(), ref(nodes.get(iris.claim("c5")), "prov:wasAttributedTo"));
    }

    @Test
    void quotationsAreQuotedFromTheirSourcesStatement() throws IOException {
        Map<String, JsonNode> nodes = nodes();
        JsonNode relayed = nodes.get(iris.quotation(1));
        assertEquals("Die Mittel seien noch nicht freigegeben", relayed.get("prov:value").asText());
        assertEquals(iris.source("s2"), ref(relayed, "prov:wasAttributedTo"));
        JsonNode statement = nodes.get(ref(relayed, "prov:wasQuotedFrom"));
        assertEquals(iris.statement("s2"), statement.get("@id").asText());
        assertEquals(iris.source("s2"), ref(statement, "prov:wasAttributedTo"));
    }

    @Test
    void relaysFormADerivationChainFromTheArticleToTheOriginalSource() throws IOException {
        Map<String, JsonNode> nodes = nodes();
        List<String> articleSources = refs(nodes.get(iris.article()), "prov:wasDerivedFrom");
        assertEquals(List.of(iris.statement("s1"), iris.statement("s3"), iris.statement("s4")), articleSources,
                "the officials reach the article only through the portal");
        assertEquals(List.of(iris.statement("s2")), refs(nodes.get(iris.statement("s1")), "prov:wasDerivedFrom"));
        assertFalse(nodes.get(iris.statement("s2")).has("prov:wasDerivedFrom"), "the chain ends at the officials");
    }

    @Test
    void anAnonymousSourceActsOnBehalfOfItsAffiliation() throws IOException {
        Map<String, JsonNode> nodes = nodes();
        JsonNode officials = nodes.get(iris.source("s2"));
        assertEquals(List.of("prov:Agent", "prov:Person"), types(officials));
        assertEquals("ANONYMOUS", officials.get("hearsay:sourceKind").asText());
        JsonNode office = nodes.get(ref(officials, "prov:actedOnBehalfOf"));
        assertEquals(List.of("prov:Agent", "prov:Organization"), types(office));
        assertEquals("aus dem Städtischen Bauamt", office.get("rdfs:label").asText());
        assertFalse(nodes.get(iris.source("s3")).has("prov:actedOnBehalfOf"));
        assertFalse(nodes.get(iris.source("s1")).has("prov:actedOnBehalfOf"), "an outlet's description is no organisation");
        JsonNode insider = nodes.get(iris.source("s4"));
        assertFalse(insider.has("prov:actedOnBehalfOf"), "knowing the plans is no mandate");
        assertEquals("mit den Plänen vertraut", insider.get("hearsay:affiliation").asText());
    }

    @Test
    void withoutClaimsTheQuotationChainStillHolds() throws IOException {
        Map<String, JsonNode> nodes = checkedNodes(JsonLdChecks.parse(
                LinkedDataFormat.PROV.writeLine(BridgeArticleFixture.withoutClaimsAndEntities())));
        assertTrue(nodes.keySet().stream().noneMatch(id -> id.contains(":claim:")));
        assertEquals(List.of(iris.statement("s1"), iris.statement("s3"), iris.statement("s4")),
                refs(nodes.get(iris.article()), "prov:wasDerivedFrom"));
    }
}
