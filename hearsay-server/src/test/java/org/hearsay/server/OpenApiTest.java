package org.hearsay.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.store.CorpusStores;
import org.hearsay.store.search.IndexedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served OpenAPI description and the registered endpoints name the same operations. */
class OpenApiTest {
    @TempDir
    Path dir;

    @Test
    void everyRegisteredEndpointIsDescribedAndEveryDescribedOneRegistered() {
        try (IndexedStore store = CorpusStores.open(dir.resolve("empty.db").toString(), null);
             HearsayServer server = HearsayServer.start("127.0.0.1", 0, "t", store, Analyzer.of(List.of()))) {
            Api.Answer answer = new Api(server.port()).get("/api/openapi.json");
            assertEquals(200, answer.status());
            JsonNode openApi = answer.json();
            assertEquals("3.1.0", openApi.get("openapi").asText());

            Set<String> described = new TreeSet<>();
            openApi.get("paths").properties().forEach(path -> path.getValue().fieldNames()
                    .forEachRemaining(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
            assertEquals(new TreeSet<>(server.endpoints()), described);
        }
    }

    @Test
    void writeOperationsDeclareTheBearerToken() {
        try (IndexedStore store = CorpusStores.open(dir.resolve("empty.db").toString(), null);
             HearsayServer server = HearsayServer.start("127.0.0.1", 0, "t", store, Analyzer.of(List.of()))) {
            JsonNode paths = new Api(server.port()).get("/api/openapi.json").json().get("paths");
            paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> assertEquals(
                    operation.getKey().equals("post"), operation.getValue().has("security"),
                    operation.getKey() + " " + path.getKey())));
        }
    }
}
