package org.hearsay.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Set;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.Source;

/** Small building blocks shared by the JSON-LD exports. */
final class JsonLd {
    /**
     * Hearsay's own vocabulary. The project owns no domain yet, so the IRI sits under the reserved
     * {@code .example} top-level domain: it names the terms unambiguously but cannot be resolved;
     * docs/exports.md defines them.
     */
    static final String HEARSAY_NS = "https://hearsay.example/ns#";
    static final String XSD_NS = "http://www.w3.org/2001/XMLSchema#";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** xsd:dateTime needs the seconds that LocalDateTime.toString() leaves out when they are zero. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private JsonLd() {
    }

    /**
     * Anonymous types whose affiliation is an institution they speak for ("aus der Kommission").
     * An insider's "kommissionsnah" or "die mit den Verhandlungen vertraut ist" places a source
     * near something without making it act for anyone, so those keep the affiliation as text only.
     */
    private static final Set<String> MEMBER_TYPES = Set.of("OFFICIAL", "MILITARY", "DIPLOMAT");

    /** Whether a source's affiliation is an organisation it acts for: the node the exports link it to. */
    static boolean actsForAffiliation(Source source) {
        return source.anonymous() && source.affiliation() != null && MEMBER_TYPES.contains(source.anonymousType());
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** A reference to a node by its IRI. */
    static ObjectNode ref(String iri) {
        return object().put("@id", iri);
    }

    static ArrayNode refs(Collection<String> iris) {
        ArrayNode array = array();
        iris.forEach(iri -> array.add(ref(iri)));
        return array;
    }

    static ObjectNode node(String iri, String... types) {
        ObjectNode node = ref(iri);
        if (types.length == 1) {
            node.put("@type", types[0]);
        } else {
            ArrayNode array = node.putArray("@type");
            for (String type : types) {
                array.add(type);
            }
        }
        return node;
    }

    /** Adds a string property unless the value is missing: JSON-LD drops nulls anyway, so leave them out. */
    static void putText(ObjectNode node, String property, String value) {
        if (value != null && !value.isBlank()) {
            node.put(property, value);
        }
    }

    /** A term definition that reads the values of a property as typed literals or lists. */
    static ObjectNode typed(String iri, String type) {
        return object().put("@id", iri).put("@type", type);
    }

    /** ISO 8601 with seconds, and the offset only when the source stated one (never invented). */
    static String dateTime(PublicationTime time) {
        String local = time.local().format(DATE_TIME);
        return time.offset() == null ? local : local + time.offset().getId();
    }

    static ObjectNode document(ObjectNode context, ArrayNode graph) {
        ObjectNode doc = object();
        doc.set("@context", context);
        doc.set("@graph", graph);
        return doc;
    }

    static String pretty(JsonNode document) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD not serialisable", e);
        }
    }

    static String line(JsonNode document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD not serialisable", e);
        }
    }
}
