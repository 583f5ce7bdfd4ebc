package org.hearsay.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.ingest.ArticleReader;
import org.hearsay.store.search.IndexedStore;

/**
 * Every endpoint of the API, registered in one place; {@code openapi.json} describes each of them
 * (a test holds the two in step). Write endpoints need the bearer token.
 */
final class ApiRoutes {
    static final String OPENAPI = "/org/hearsay/server/openapi.json";

    private ApiRoutes() {
    }

    static void register(RoutesConfig routes, IndexedStore store, Analyzer analyzer, BearerToken token) {
        ArticleEndpoints articles = new ArticleEndpoints(store);
        SearchEndpoints search = new SearchEndpoints(store);
        ClaimEndpoints claims = new ClaimEndpoints(store, articles);
        TrackingEndpoints tracking = new TrackingEndpoints(store.tracker());
        IngestEndpoint ingest = new IngestEndpoint(new ArticleIngest(ArticleReader.standard(), analyzer, store));
        String openApi = openApiDocument();

        routes.get("/api/openapi.json", ctx -> Json.sendRaw(ctx, Json.MEDIA_TYPE, openApi));
        routes.get("/api/articles", articles::list);
        routes.get("/api/articles/{id}", articles::article);
        routes.get("/api/articles/{id}/analysis", articles::analysisDocument);
        routes.get("/api/articles/{id}/sources", articles::sources);
        routes.get("/api/articles/{id}/claims", claims::ofArticle);
        routes.get("/api/articles/{id}/export/{format}", articles::export);
        routes.get("/api/entities", search::entities);
        routes.get("/api/sources", search::sources);
        routes.get("/api/search", search::search);
        routes.get("/api/claims", claims::list);
        routes.get("/api/claims/{ref}", claims::claim);
        routes.post("/api/claims/{ref}/resolution", token.required(claims::resolve));
        routes.get("/api/timeline", tracking::timeline);
        routes.get("/api/track-records", tracking::trackRecords);
        routes.post("/api/ingest", token.required((Handler) ingest::ingest));
    }

    private static String openApiDocument() {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI description " + OPENAPI + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
