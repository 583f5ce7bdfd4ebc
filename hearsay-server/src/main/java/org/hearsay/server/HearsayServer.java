package org.hearsay.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.ingest.ArticleReader;
import org.hearsay.store.StoreException;
import org.hearsay.store.search.IndexedStore;

/**
 * The REST API over a store and its search index ({@code hearsay serve}): JSON answers, errors as
 * RFC 9457 problem documents, cursor paging, and a bearer token for the endpoints that write.
 * The store stays the caller's to close.
 */
public final class HearsayServer implements AutoCloseable {
    private final Javalin app;

    private HearsayServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving.
     *
     * @param host     the address to listen on (the caller decides whether one that is not loopback
     *                 is wanted: see {@link #isLoopback})
     * @param port     the port, or 0 for a free one ({@link #port()} tells which)
     * @param token    what write requests must send as {@code Authorization: Bearer <token>}
     * @param analyzer analyses what {@code POST /api/ingest} receives
     */
    public static HearsayServer start(String host, int port, String token, IndexedStore store, Analyzer analyzer) {
        BearerToken bearer = new BearerToken(token);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.prefer405over404 = true;
            // An upload may be as large as any input the reader accepts (a WARC file, a feed).
            config.http.maxRequestSize = ArticleReader.DEFAULT_SIZE_LIMIT;
            config.jetty.multipartConfig.maxFileSize(ArticleReader.DEFAULT_SIZE_LIMIT, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(ArticleReader.DEFAULT_SIZE_LIMIT, SizeUnit.BYTES);
            ApiRoutes.register(config.routes, store, analyzer, bearer);
            config.routes.exception(ApiException.class, (e, ctx) -> Problem.send(ctx, e.status(), e.getMessage()));
            // Javalin's own answers: an unknown path, a body over the size limit…
            config.routes.exception(HttpResponseException.class, (e, ctx) -> Problem.send(ctx, e.getStatus(),
                    switch (e.getStatus()) {
                        case 404 -> "no endpoint " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json";
                        case 405 -> ctx.method() + " is not allowed on " + ctx.path() + "; see /api/openapi.json";
                        default -> e.getMessage();
                    }));
            config.routes.exception(StoreException.class,
                    (e, ctx) -> Problem.send(ctx, 500, "the store failed: " + e.getMessage()));
            config.routes.exception(Exception.class,
                    (e, ctx) -> Problem.send(ctx, 500, "unexpected error: " + e));
        }).start();
        return new HearsayServer(app);
    }

    /** A new random token for write requests, for when none is configured. */
    public static String newToken() {
        return BearerToken.generate();
    }

    /** Whether a host name or address is only reachable from this machine. */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    public int port() {
        return app.port();
    }

    /** Method and path of every registered endpoint, as Javalin has them. */
    List<String> endpoints() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
                .toList();
    }

    @Override
    public void close() {
        app.stop();
    }
}
