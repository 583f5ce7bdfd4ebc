package org.hearsay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.server.HearsayServer;
import org.hearsay.store.CorpusStores;
import org.hearsay.store.StoreException;
import org.hearsay.store.search.IndexedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hearsay serve}: the corpus store as a REST API until the process is stopped. Listens on
 * loopback unless told otherwise; write requests need a token, generated and printed when none is
 * given, so that a server started without one is never open to writes.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the corpus store as a JSON REST API: articles, analyses, claims, search, timelines,"
                + " track records (described at /api/openapi.json, see docs/api.md). Stop it with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreLocation store;

    @Option(names = "--index", paramLabel = "DIR",
            description = "The search index folder. Default: <file>.index beside a SQLite store; required for PostgreSQL.")
    Path index;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 opens the API"
                    + " to the network.")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "N", description = "Port. Default: ${DEFAULT-VALUE}; 0 picks a free one.")
    int port = 8080;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "What write requests must send as 'Authorization: Bearer TOKEN'. Default: $HEARSAY_TOKEN, else a"
                    + " new random token, printed at start.")
    String token;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String configured = token != null ? token : System.getenv("HEARSAY_TOKEN");
        boolean generated = configured == null || configured.isBlank();
        String apiToken = generated ? HearsayServer.newToken() : configured;
        IndexedStore corpus;
        HearsayServer server;
        try {
            if (!HearsayServer.isLoopback(host)) {
                err.println("hearsay: warning: listening on " + host + ": the API can be read from the network");
            }
            corpus = CorpusStores.open(store.location(), index);
        } catch (StoreException | IllegalArgumentException e) {
            err.println("hearsay: error: " + e.getMessage());
            return 1;
        }
        try {
            server = HearsayServer.start(host, port, apiToken, corpus, Analyzer.installed());
        } catch (RuntimeException e) {
            corpus.close();
            err.println("hearsay: error: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            corpus.close();
        }, "hearsay-serve-shutdown"));
        out.println("hearsay: serving " + store.location() + " at http://" + host + ":" + server.port()
                + "/api (description: /api/openapi.json)");
        if (generated) {
            out.println("hearsay: token for write requests (Authorization: Bearer …): " + apiToken);
        }
        out.flush();
        Thread.currentThread().join();
        return 0;
    }
}
