package org.hearsay.core.export;

import static org.hearsay.core.export.JsonLd.array;
import static org.hearsay.core.export.JsonLd.node;
import static org.hearsay.core.export.JsonLd.object;
import static org.hearsay.core.export.JsonLd.putText;
import static org.hearsay.core.export.JsonLd.ref;
import static org.hearsay.core.export.JsonLd.refs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.SourceRelay;

/**
 * An analysis as W3C PROV-O in JSON-LD: who is responsible for which words. The article,
 * its quotations and claims are {@code prov:Entity}; sources and the outlet are {@code prov:Agent}.
 * Each source's statement (what it told, as one whole) is an entity too: quotations are
 * {@code prov:wasQuotedFrom} it, and relays form {@code prov:wasDerivedFrom} chains from the article
 * through each relay's statement down to the original source's. Field mapping: docs/exports.md.
 */
public final class ProvExport {
    static final String PROV_NS = "http://www.w3.org/ns/prov#";
    static final String RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#";
    /** Dublin Core's isPartOf: PROV has no part-of relation for a quotation inside its article. */
    static final String DCTERMS_NS = "http://purl.org/dc/terms/";

    private ProvExport() {
    }

    /** One JSON-LD document for the article: an {@code @context} and a {@code @graph} of its nodes. */
    public static ObjectNode document(Analysis analysis) {
        Article article = analysis.article();
        NodeIris iris = NodeIris.of(article);
        Map<String, Set<String>> derivations = derivations(analysis, iris);
        ArrayNode graph = array();
        graph.add(withDerivations(articleEntity(article, iris), derivations));
        if (article.outlet() != null) {
            graph.add(node(iris.publisher(), "prov:Agent", "prov:Organization").put("rdfs:label", article.outlet()));
        }
        for (Source source : analysis.get(Layers.SOURCES)) {
            graph.add(agent(source, iris));
            if (JsonLd.actsForAffiliation(source)) {
                graph.add(node(iris.affiliation(source.id()), "prov:Agent", "prov:Organization")
                        .put("rdfs:label", source.affiliation()));
            }
        }
        for (String sourceId : statementSources(analysis)) {
            ObjectNode statement = node(iris.statement(sourceId), "prov:Entity");
            statement.set("prov:wasAttributedTo", ref(iris.source(sourceId)));
            graph.add(withDerivations(statement, derivations));
        }
        List<Quotation> quotations = analysis.get(Layers.QUOTATIONS);
        for (int i = 0; i < quotations.size(); i++) {
            graph.add(quotation(analysis, i, quotations.get(i), iris));
        }
        analysis.get(Layers.CLAIMS).forEach(claim -> graph.add(claim(analysis, claim, iris)));
        return JsonLd.document(context(), graph);
    }

    private static ObjectNode context() {
        ObjectNode context = object();
        context.put("prov", PROV_NS);
        context.put("rdfs", RDFS_NS);
        context.put("dcterms", DCTERMS_NS);
        context.put("xsd", JsonLd.XSD_NS);
        context.put("hearsay", JsonLd.HEARSAY_NS);
        context.set("prov:generatedAtTime", object().put("@type", "xsd:dateTime"));
        return context;
    }

    private static ObjectNode articleEntity(Article article, NodeIris iris) {
        ObjectNode node = node(iris.article(), "prov:Entity");
        putText(node, "rdfs:label", article.title());
        if (article.published() != null) {
            node.put("prov:generatedAtTime", JsonLd.dateTime(article.published()));
        }
        if (article.outlet() != null) {
            node.set("prov:wasAttributedTo", ref(iris.publisher()));
        }
        return node;
    }

    private static ObjectNode agent(Source source, NodeIris iris) {
        String type = source.kind() == Source.Kind.NAMED_PERSON || source.anonymous() ? "prov:Person" : "prov:Organization";
        ObjectNode node = node(iris.source(source.id()), "prov:Agent", type);
        node.put("rdfs:label", source.name());
        node.put("hearsay:sourceKind", source.kind().name());
        putText(node, "hearsay:anonymousType", source.anonymousType());
        putText(node, "hearsay:affiliation", source.affiliation());
        if (JsonLd.actsForAffiliation(source)) {
            node.set("prov:actedOnBehalfOf", ref(iris.affiliation(source.id())));
        }
        return node;
    }

    private static ObjectNode quotation(Analysis analysis, int index, Quotation quotation, NodeIris iris) {
        ObjectNode node = node(iris.quotation(index), "prov:Entity");
        node.put("prov:value", analysis.textOf(quotation.extent()));
        node.put("hearsay:quotationType", quotation.type().name());
        node.set("dcterms:isPartOf", ref(iris.article()));
        if (quotation.source() != null) {
            node.set("prov:wasAttributedTo", ref(iris.source(quotation.source())));
            node.set("prov:wasQuotedFrom", ref(iris.statement(quotation.source())));
        }
        return node;
    }

    /** The article's own claims are attributed to its outlet, when the input names one. */
    private static ObjectNode claim(Analysis analysis, Claim claim, NodeIris iris) {
        ObjectNode node = node(iris.claim(claim.id()), "prov:Entity");
        node.put("prov:value", analysis.textOf(claim.span()));
        putText(node, "rdfs:label", claim.proposition());
        node.put("hearsay:modality", claim.modality().name());
        node.put("hearsay:polarity", claim.polarity().name());
        node.set("dcterms:isPartOf", ref(iris.article()));
        if (claim.holder() != null) {
            node.set("prov:wasAttributedTo", ref(iris.source(claim.holder())));
        } else if (analysis.article().outlet() != null) {
            node.set("prov:wasAttributedTo", ref(iris.publisher()));
        }
        if (claim.quotation() != null) {
            node.set("prov:wasDerivedFrom", refs(List.of(iris.quotation(claim.quotation()))));
        }
        return node;
    }

    /**
     * Who got what from whom: for every quotation and claim the chain article ← outermost relay's
     * statement ← … ← the speaker's statement, plus every explicit relay ("beruft sich auf").
     * Keyed by the deriving node's IRI.
     */
    private static Map<String, Set<String>> derivations(Analysis analysis, NodeIris iris) {
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        for (Quotation q : analysis.get(Layers.QUOTATIONS)) {
            addChain(edges, iris, q.relayedBy(), q.source());
        }
        for (Claim c : analysis.get(Layers.CLAIMS)) {
            if (c.holder() != null) {
                addChain(edges, iris, c.relayedBy(), c.holder());
            }
        }
        for (SourceRelay relay : analysis.get(Layers.SOURCE_RELAYS)) {
            addEdge(edges, iris.statement(relay.relay()), iris.statement(relay.source()));
        }
        return edges;
    }

    private static void addChain(Map<String, Set<String>> edges, NodeIris iris, List<String> relays, String speaker) {
        List<String> chain = new ArrayList<>(relays);
        if (speaker != null) {
            chain.add(speaker);
        }
        String from = iris.article();
        for (String sourceId : chain) {
            String to = iris.statement(sourceId);
            addEdge(edges, from, to);
            from = to;
        }
    }

    private static void addEdge(Map<String, Set<String>> edges, String from, String to) {
        if (!from.equals(to)) {
            edges.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
        }
    }

    private static ObjectNode withDerivations(ObjectNode node, Map<String, Set<String>> derivations) {
        Set<String> sources = derivations.get(node.get("@id").asText());
        if (sources != null) {
            node.set("prov:wasDerivedFrom", refs(sources));
        }
        return node;
    }

    /** Sources whose words reach the article: speakers, claim holders and both ends of every relay. */
    private static Set<String> statementSources(Analysis analysis) {
        Set<String> ids = new LinkedHashSet<>();
        for (Quotation q : analysis.get(Layers.QUOTATIONS)) {
            ids.addAll(q.relayedBy());
            if (q.source() != null) {
                ids.add(q.source());
            }
        }
        for (Claim c : analysis.get(Layers.CLAIMS)) {
            ids.addAll(c.relayedBy());
            if (c.holder() != null) {
                ids.add(c.holder());
            }
        }
        for (SourceRelay relay : analysis.get(Layers.SOURCE_RELAYS)) {
            ids.add(relay.relay());
            ids.add(relay.source());
        }
        return ids;
    }
}
