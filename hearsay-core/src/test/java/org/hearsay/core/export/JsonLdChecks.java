package org.hearsay.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a Hearsay JSON-LD document valid and self-contained, checked without a JSON-LD
 * processor: every key and type is a keyword, a term of the document's own context, or a compact
 * IRI whose prefix that context defines; every node id is an absolute IRI and names one node.
 * Public so the CLI's tests check its output the same way.
 */
public final class JsonLdChecks {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> KEYWORDS = Set.of("@id", "@type", "@value", "@list");
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("[a-z][a-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+");

    private JsonLdChecks() {
    }

    public static JsonNode parse(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    /** Checks the document and returns its nodes by id, in graph order. */
    public static Map<String, JsonNode> checkedNodes(JsonNode document) {
        JsonNode context = document.get("@context");
        assertNotNull(context, "no @context");
        assertEquals(Set.of("@context", "@graph"), fieldNames(document), "top level");
        checkContext(context);
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        for (JsonNode node : document.get("@graph")) {
            String id = node.path("@id").asText(null);
            assertNotNull(id, "node without @id: " + node);
            assertTrue(ABSOLUTE_IRI.matcher(id).matches(), "not an IRI: " + id);
            assertTrue(node.has("@type"), "node without @type: " + id);
            assertFalse(nodes.containsKey(id), "two nodes with id " + id);
            nodes.put(id, node);
            checkKeys(node, context);
        }
        return nodes;
    }

    /** The IRIs a property refers to: one node reference or an array of them. */
    public static List<String> refs(JsonNode node, String property) {
        JsonNode value = node.get(property);
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        for (JsonNode ref : value.isArray() ? value : MAPPER.createArrayNode().add(value)) {
            assertEquals(Set.of("@id"), fieldNames(ref), property + " is not a reference: " + ref);
            ids.add(ref.get("@id").asText());
        }
        return ids;
    }

    public static String ref(JsonNode node, String property) {
        List<String> ids = refs(node, property);
        assertEquals(1, ids.size(), property + " of " + node.path("@id").asText());
        return ids.get(0);
    }

    public static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types;
    }

    /** Prefixes map to namespace IRIs; terms to a prefixed name or an object with one. */
    private static void checkContext(JsonNode context) {
        context.fields().forEachRemaining(entry -> {
            JsonNode definition = entry.getValue();
            if (definition.isTextual()) {
                String iri = definition.asText();
                assertTrue(isNamespace(iri) || isDefinedCompactIri(iri, context),
                        "context term " + entry.getKey() + " maps to " + iri);
            } else {
                assertTrue(entry.getKey().contains(":") || definition.has("@id"), "term without IRI: " + entry.getKey());
                JsonNode type = definition.get("@type");
                if (type != null) {
                    assertTrue(type.asText().equals("@id") || isDefinedCompactIri(type.asText(), context),
                            "unknown datatype for " + entry.getKey());
                }
            }
        });
    }

    private static void checkKeys(JsonNode node, JsonNode context) {
        if (node.isArray()) {
            node.forEach(element -> checkKeys(element, context));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (key.startsWith("@")) {
                assertTrue(KEYWORDS.contains(key), "unexpected keyword " + key);
            } else if (!context.has(key) && !isDefinedCompactIri(key, context)) {
                fail("key outside the context: " + key + " in " + node.path("@id").asText());
            }
            if (key.equals("@type")) {
                for (JsonNode type : field.getValue().isArray() ? field.getValue() : MAPPER.createArrayNode().add(field.getValue())) {
                    assertTrue(context.has(type.asText()) || isDefinedCompactIri(type.asText(), context),
                            "type outside the context: " + type.asText());
                }
            }
            if (key.equals("@id") && node.size() == 1) {
                assertTrue(ABSOLUTE_IRI.matcher(field.getValue().asText()).matches(), "not an IRI: " + field.getValue());
            }
            checkKeys(field.getValue(), context);
        }
    }

    private static boolean isDefinedCompactIri(String name, JsonNode context) {
        int colon = name.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        JsonNode prefix = context.get(name.substring(0, colon));
        return prefix != null && prefix.isTextual() && isNamespace(prefix.asText());
    }

    private static boolean isNamespace(String iri) {
        return ABSOLUTE_IRI.matcher(iri).matches() && (iri.endsWith("/") || iri.endsWith("#"));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
