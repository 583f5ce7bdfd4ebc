package org.hearsay.core.export;

import static org.hearsay.core.export.JsonLd.array;
import static org.hearsay.core.export.JsonLd.node;
import static org.hearsay.core.export.JsonLd.object;
import static org.hearsay.core.export.JsonLd.putText;
import static org.hearsay.core.export.JsonLd.ref;
import static org.hearsay.core.export.JsonLd.refs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Source;

/**
 * An analysis as schema.org JSON-LD: the article as a {@code NewsArticle}, each quotation as a
 * {@code Quotation}, each claim as a {@code Claim} with its author and the entities it is about,
 * Hearsay's own findings (modality, polarity, condition, deadline, relay chain…) under the
 * {@code hearsay:} prefix. Field mapping: docs/exports.md.
 */
public final class SchemaOrgExport {
    /** schema.org's own JSON-LD context still maps its terms to http IRIs; match it so data merges. */
    static final String SCHEMA_NS = "http://schema.org/";
    private static final List<String> SCHEMA_TERMS = List.of(
            "NewsArticle", "NewsMediaOrganization", "Quotation", "Claim", "Person", "Organization", "Place", "Thing",
            "headline", "datePublished", "publisher", "inLanguage", "identifier", "mentions", "author", "creator",
            "appearance", "firstAppearance", "isPartOf", "isBasedOn", "text", "about", "name", "alternateName",
            "description", "affiliation");

    private SchemaOrgExport() {
    }

    /** One JSON-LD document for the article: an {@code @context} and a {@code @graph} of its nodes. */
    public static ObjectNode document(Analysis analysis) {
        NodeIris iris = NodeIris.of(analysis.article());
        ArrayNode graph = array();
        graph.add(newsArticle(analysis, iris));
        if (analysis.article().outlet() != null) {
            graph.add(node(iris.publisher(), "NewsMediaOrganization").put("name", analysis.article().outlet()));
        }
        for (Source source : analysis.get(Layers.SOURCES)) {
            graph.add(agent(source, iris));
            if (JsonLd.actsForAffiliation(source)) {
                graph.add(node(iris.affiliation(source.id()), "Organization").put("description", source.affiliation()));
            }
        }
        analysis.get(Layers.ENTITIES).forEach(entity -> graph.add(thing(entity, iris)));
        List<Quotation> quotations = analysis.get(Layers.QUOTATIONS);
        for (int i = 0; i < quotations.size(); i++) {
            graph.add(quotation(analysis, i, quotations.get(i), iris));
        }
        analysis.get(Layers.CLAIMS).forEach(claim -> graph.add(claim(analysis, claim, iris)));
        return JsonLd.document(context(), graph);
    }

    private static ObjectNode context() {
        ObjectNode context = object();
        context.put("schema", SCHEMA_NS);
        context.put("xsd", JsonLd.XSD_NS);
        context.put("hearsay", JsonLd.HEARSAY_NS);
        SCHEMA_TERMS.forEach(term -> context.put(term, "schema:" + term));
        context.set("url", JsonLd.typed("schema:url", "@id"));
        context.set("hearsay:deadline", object().put("@type", "xsd:date"));
        context.set("hearsay:judgeableFrom", object().put("@type", "xsd:date"));
        context.set("hearsay:relayedBy", object().put("@container", "@list"));
        return context;
    }

    private static ObjectNode newsArticle(Analysis analysis, NodeIris iris) {
        Article article = analysis.article();
        ObjectNode node = node(iris.article(), "NewsArticle");
        node.put("identifier", article.id());
        putText(node, "headline", article.title());
        if (article.published() != null) {
            node.put("datePublished", JsonLd.dateTime(article.published()));
        }
        putText(node, "url", article.url());
        putText(node, "inLanguage", article.language());
        if (article.outlet() != null) {
            node.set("publisher", ref(iris.publisher()));
        }
        List<Entity> entities = analysis.get(Layers.ENTITIES);
        if (!entities.isEmpty()) {
            node.set("mentions", refs(entities.stream().map(e -> iris.entity(e.id())).toList()));
        }
        return node;
    }

    /** Named sources by name; an anonymous one is a Person known only by its description. */
    private static ObjectNode agent(Source source, NodeIris iris) {
        String iri = iris.source(source.id());
        ObjectNode node = switch (source.kind()) {
            case NAMED_PERSON -> node(iri, "Person").put("name", source.name());
            case NAMED_ORGANISATION -> node(iri, "Organization").put("name", source.name());
            case OUTLET -> node(iri, "NewsMediaOrganization").put("name", source.name());
            case ANONYMOUS -> node(iri, "Person").put("description", source.name());
        };
        if (JsonLd.actsForAffiliation(source)) {
            node.set("affiliation", ref(iris.affiliation(source.id())));
        }
        node.put("hearsay:sourceKind", source.kind().name());
        putText(node, "hearsay:anonymousType", source.anonymousType());
        putText(node, "hearsay:affiliation", source.affiliation());
        if (source.count() != null) {
            node.put("hearsay:count", source.count());
        }
        return node;
    }

    private static ObjectNode thing(Entity entity, NodeIris iris) {
        String type = switch (entity.type()) {
            case "PER" -> "Person";
            case "ORG" -> "Organization";
            case "LOC" -> "Place";
            default -> "Thing";
        };
        ObjectNode node = node(iris.entity(entity.id()), type).put("name", entity.canonical());
        Set<String> alternates = alternateNames(entity);
        if (!alternates.isEmpty()) {
            ArrayNode names = node.putArray("alternateName");
            alternates.forEach(names::add);
        }
        putText(node, "hearsay:standsFor", entity.standsFor());
        if (entity.source() != null) {
            node.set("hearsay:source", ref(iris.source(entity.source())));
        }
        return node;
    }

    /** Every other way the article names it; pronouns are references, not names. */
    private static Set<String> alternateNames(Entity entity) {
        Set<String> names = new LinkedHashSet<>();
        for (Entity.Reference reference : entity.references()) {
            if (reference.form() != Entity.Form.PRONOUN) {
                names.add(reference.text());
            }
        }
        if (entity.abbreviation() != null) {
            names.add(entity.abbreviation());
        }
        names.remove(entity.canonical());
        return names;
    }

    private static ObjectNode quotation(Analysis analysis, int index, Quotation quotation, NodeIris iris) {
        ObjectNode node = node(iris.quotation(index), "Quotation");
        node.put("text", analysis.textOf(quotation.extent()));
        node.set("isPartOf", ref(iris.article()));
        if (quotation.source() != null) {
            node.set("creator", ref(iris.source(quotation.source())));
        }
        node.put("hearsay:quotationType", quotation.type().name());
        relayChain(node, quotation.relayedBy(), iris);
        return node;
    }

    private static ObjectNode claim(Analysis analysis, Claim claim, NodeIris iris) {
        Article article = analysis.article();
        ObjectNode node = node(iris.claim(claim.id()), "Claim");
        node.put("text", analysis.textOf(claim.span()));
        if (claim.holder() != null) {
            node.set("author", ref(iris.source(claim.holder())));
        } else if (article.outlet() != null) {
            node.set("author", ref(iris.publisher()));
        }
        node.set("appearance", ref(iris.article()));
        node.set("firstAppearance", ref(iris.article()));
        if (article.published() != null) {
            node.put("datePublished", JsonLd.dateTime(article.published()));
        }
        if (!claim.subjects().isEmpty()) {
            node.set("about", refs(claim.subjects().stream().map(iris::entity).toList()));
        }
        if (claim.quotation() != null) {
            node.set("isBasedOn", ref(iris.quotation(claim.quotation())));
        }
        hearsayFields(node, claim, iris);
        return node;
    }

    private static void hearsayFields(ObjectNode node, Claim claim, NodeIris iris) {
        putText(node, "hearsay:proposition", claim.proposition());
        node.put("hearsay:modality", claim.modality().name());
        node.put("hearsay:polarity", claim.polarity().name());
        node.put("hearsay:orientation", claim.orientation().name());
        if (claim.condition() != null) {
            putText(node, "hearsay:condition", claim.condition().text());
            node.put("hearsay:conditionKind", claim.condition().kind().name());
        }
        if (claim.time() != null) {
            putText(node, "hearsay:time", claim.time().text());
            putText(node, "hearsay:timeValue", claim.time().value());
            putText(node, "hearsay:deadline", claim.time().deadline());
        }
        node.put("hearsay:trackable", claim.trackable());
        putText(node, "hearsay:question", claim.question());
        putText(node, "hearsay:judgeableFrom", claim.judgeableFrom());
        relayChain(node, claim.relayedBy(), iris);
        if (!claim.restates().isEmpty()) {
            node.set("hearsay:restates", refs(claim.restates().stream().map(iris::claim).toList()));
        }
        node.put("hearsay:confidence", claim.confidence());
    }

    /** Outermost relay first; an ordered list, since the order is the path the words took. */
    private static void relayChain(ObjectNode node, List<String> relayedBy, NodeIris iris) {
        if (!relayedBy.isEmpty()) {
            node.set("hearsay:relayedBy", refs(relayedBy.stream().map(iris::source).toList()));
        }
    }
}
