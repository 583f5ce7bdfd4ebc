package org.hearsay.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Provenance;

/**
 * Reads and writes analyses as JSON (format: docs/json-format.md). Writing then reading gives
 * an equal {@link Analysis}; layers are read back with the record type their name declares.
 */
public final class AnalysisJson {
    /** Format version of the JSON document; bumped on incompatible changes. */
    public static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AnalysisJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Analysis analysis) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(envelope(analysis));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("analysis not serialisable", e);
        }
    }

    /** One line, no indentation: for JSON Lines streams (one analysis per line). */
    public static String writeLine(Analysis analysis) {
        try {
            return MAPPER.writeValueAsString(envelope(analysis));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("analysis not serialisable", e);
        }
    }

    public static void write(Analysis analysis, OutputStream out) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, envelope(analysis));
    }

    public static Analysis read(String json) throws IOException {
        return fromTree(MAPPER.readTree(json));
    }

    public static Analysis read(InputStream in) throws IOException {
        return fromTree(MAPPER.readTree(in));
    }

    private static Map<String, Object> envelope(Analysis analysis) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("article", analysis.article());
        doc.put("provenance", analysis.provenance());
        doc.put("layers", analysis.layers());
        return doc;
    }

    private static Analysis fromTree(JsonNode root) throws IOException {
        if (root == null || !root.isObject() || !root.has("article")) {
            throw new IOException("not a Hearsay analysis: no 'article' object");
        }
        int format = root.path("format").asInt(-1);
        if (format != FORMAT) {
            throw new IOException("unsupported analysis format " + format + " (this Hearsay reads " + FORMAT + ")");
        }
        Article article = MAPPER.treeToValue(root.get("article"), Article.class);
        Provenance provenance = MAPPER.treeToValue(root.get("provenance"), Provenance.class);
        Map<String, List<?>> layers = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.path("layers").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Layer<?> layer = Layers.byName(field.getKey())
                    .orElseThrow(() -> new IOException("unknown layer '" + field.getKey() + "'"));
            layers.put(layer.name(), readList(field.getValue(), layer.type()));
        }
        return new Analysis(article, provenance, layers);
    }

    private static <T> List<T> readList(JsonNode array, Class<T> type) throws IOException {
        List<T> out = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            out.add(MAPPER.treeToValue(node, type));
        }
        return out;
    }
}
