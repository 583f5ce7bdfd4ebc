package org.hearsay.core.export;

import static org.hearsay.core.export.JsonLdChecks.checkedNodes;
import static org.hearsay.core.export.JsonLdChecks.ref;
import static org.hearsay.core.export.JsonLdChecks.refs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Analysis;
import org.junit.jupiter.api.Test;

class SchemaOrgExportTest {
    private final Analysis analysis = BridgeArticleFixture.analysis();
    private final NodeIris iris = NodeIris.of(analysis.article());

    private Map<String, JsonNode> nodes() throws IOException {
        return checkedNodes(JsonLdChecks.parse(LinkedDataFormat.SCHEMA_ORG.write(analysis)));
    }

    @Test
    void theArticleIsANewsArticleWithItsPublisher() throws IOException {
        Map<String, JsonNode> nodes = nodes();
        JsonNode article = nodes.get("urn:hearsay:" + analysis.article().id());
        assertEquals("NewsArticle", article.get("@type").asText());
        assertEquals("Lindenau verschiebt den Bau der Hafenbrücke", article.get("headline").asText());
        assertEquals("2026-02-20T09:15:00+01:00", article.get("datePublished").asText());
        assertEquals("https://rundschau.example/lindenau-hafenbruecke", article.get("url").asText());
        assertEquals("de", article.get("inLanguage").asText());
        JsonNode publisher = nodes.get(ref(article, "publisher"));
        assertEquals("NewsMediaOrganization", publisher.get("@type").asText());
        assertEquals(BridgeArticleFixture.OUTLET, publisher.get("name").asText());
        assertEquals(List.of("e1", "e2", "e3", "e4", "e5").stream().map(iris::entity).toList(), refs(article, "mentions"));
    }

    @Test
    void aClaimNamesItsAuthorTheArticleAndWhatItIsAbout() throws IOException {
        Map<String, JsonNode> nodes = nodes();
        JsonNode promise = nodes.get(iris.claim("c4"));
        assertEquals("Claim", promise.get("@type").asText());
        assertEquals("die Brücke bis Ende 2026 fertigzustellen", promise.get("text").asText());
        assertEquals(iris.article(), ref(promise, "appearance"));
        assertEquals(iris.article(), ref(promise, "firstAppearance"));
        assertEquals("2026-02-20T09:15:00+01:00", promise.get("datePublished").asText());
        JsonNode author = nodes.get(ref(promise, "author"));
        assertEquals("Person", author.get("@type").asText());
        assertEquals("Karla Stein", author.get("name").asText());
        assertEquals(List.of(iris.entity("e4"), iris.entity("e2")), refs(promise, "about"));
        assertEquals("Person", nodes.get(iris.entity("e4")).get("@type").asText());
        assertEquals("Thing", nodes.get(iris.entity("e2")).get("@type").asText());
        JsonNode quotation = nodes.get(ref(promise, "isBasedOn"));
        assertEquals("Quotation", quotation.get("@type").asText());
        assertEquals(iris.source("s3"), ref(quotation, "creator"));
    }

    @Test
    void hearsayFieldsCarryModalityDeadlineAndTheQuestionToAskLater() throws IOException {
        Map<String, JsonNode> nodes = nodes();
        JsonNode promise = nodes.get(iris.claim("c4"));
        assertEquals("PROMISE", promise.get("hearsay:modality").asText());
        assertEquals("POSITIVE", promise.get("hearsay:polarity").asText());
        assertEquals("2026-12-31", promise.get("hearsay:deadline").asText());
        assertTrue(promise.get("hearsay:trackable").asBoolean());
        assertEquals("Wurde die Hafenbrücke bis 31.12.2026 fertiggestellt?", promise.get("hearsay:question").asText());
        assertEquals("2027-01-01", promise.get("hearsay:judgeableFrom").asText());
        JsonNode plan = nodes.get(iris.claim("c3"));
        assertEquals("wenn das Geld da ist", plan.get("hearsay:condition").asText());
        assertEquals("ONLY_IF", plan.get("hearsay:conditionKind").asText());
        assertFalse(plan.has("hearsay:question"), "not trackable, so no question");
    }

    @Test
    void anAnonymousSourceIsADescribedPersonWithAnAffiliationAndItsRelayChain() throws IOException {
        Map<String, JsonNode> nodes = nodes();
        JsonNode relayed = nodes.get(iris.claim("c2"));
        assertEquals("NEGATIVE", relayed.get("hearsay:polarity").asText());
        assertEquals(List.of(iris.source("s1")), refs(relayed, "hearsay:relayedBy"));
        JsonNode officials = nodes.get(ref(relayed, "author"));
        assertEquals("Person", officials.get("@type").asText());
        assertFalse(officials.has("name"), "an anonymous source has no name");
        assertEquals("zwei Mitarbeiter aus dem Städtischen Bauamt", officials.get("description").asText());
        assertEquals(2, officials.get("hearsay:count").asInt());
        JsonNode office = nodes.get(ref(officials, "affiliation"));
        assertEquals("Organization", office.get("@type").asText());
        assertEquals("aus dem Städtischen Bauamt", office.get("description").asText());
        JsonNode portal = nodes.get(iris.source("s1"));
        assertEquals("NewsMediaOrganization", portal.get("@type").asText());
        assertEquals("Lokalportal", portal.get("hearsay:affiliation").asText());
        assertFalse(portal.has("affiliation"));
        JsonNode insider = nodes.get(iris.source("s4"));
        assertFalse(insider.has("affiliation"), "knowing the plans is no membership");
        assertEquals("mit den Plänen vertraut", insider.get("hearsay:affiliation").asText());
    }

    @Test
    void theArticlesOwnClaimsAreAuthoredByItsPublisher() throws IOException {
        JsonNode scheduled = nodes().get(iris.claim("c5"));
        assertEquals(iris.publisher(), ref(scheduled, "author"));
        assertEquals("SCHEDULED", scheduled.get("hearsay:modality").asText());
        assertFalse(scheduled.has("hearsay:relayedBy"));
    }

    @Test
    void entitiesKeepTheirOtherNamesButNotTheirPronouns() throws IOException {
        Map<String, JsonNode> nodes = nodes();
        JsonNode office = nodes.get(iris.entity("e3"));
        assertEquals("Organization", office.get("@type").asText());
        assertEquals("Städtisches Bauamt", office.get("name").asText());
        assertEquals("[\"Städtischen Bauamt\",\"SBA\"]", office.get("alternateName").toString());
        assertFalse(nodes.get(iris.entity("e4")).has("alternateName"), "\"Sie\" is no name");
        assertEquals(iris.source("s3"), ref(nodes.get(iris.entity("e4")), "hearsay:source"));
        JsonNode city = nodes.get(iris.entity("e1"));
        assertEquals("Place", city.get("@type").asText());
        assertEquals("city government of Lindenau", city.get("hearsay:standsFor").asText());
    }

    @Test
    void withoutClaimsAndEntitiesTheArticleAndItsQuotationsRemain() throws IOException {
        Analysis quotationsOnly = BridgeArticleFixture.withoutClaimsAndEntities();
        Map<String, JsonNode> nodes = checkedNodes(JsonLdChecks.parse(LinkedDataFormat.SCHEMA_ORG.writeLine(quotationsOnly)));
        assertTrue(nodes.values().stream().noneMatch(n -> n.get("@type").asText().equals("Claim")));
        assertEquals(5, nodes.values().stream().filter(n -> n.get("@type").asText().equals("Quotation")).count());
        assertFalse(nodes.get(iris.article()).has("mentions"));
    }

    @Test
    void aLineIsTheSameDocumentAsTheIndentedOne() throws IOException {
        String line = LinkedDataFormat.SCHEMA_ORG.writeLine(analysis);
        assertFalse(line.contains("\n"));
        assertEquals(JsonLdChecks.parse(LinkedDataFormat.SCHEMA_ORG.write(analysis)), JsonLdChecks.parse(line));
    }
}
