package org.hearsay.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.hearsay.core.InputException;
import org.hearsay.core.model.Article;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.ingest.ArticleReader;
import org.hearsay.ingest.ArticleSink;

/**
 * Reads inputs and analyses their articles on a pool of worker threads, handing outcomes to a
 * consumer strictly in input order. A bounded window of pending articles keeps memory flat
 * however large the batch; one article's problem never stops the others.
 */
final class BatchAnalysis implements AutoCloseable {
    private final ArticleReader reader;
    private final Analyzer analyzer;
    private final ExecutorService workers;
    private final int window;
    private final Consumer<Outcome> consumer;
    private final Deque<Future<Outcome>> pending = new ArrayDeque<>();

    BatchAnalysis(ArticleReader reader, Analyzer analyzer, int threads, Consumer<Outcome> consumer) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hearsay-analysis");
            t.setDaemon(true);
            return t;
        });
        this.window = 2 * threads;
        this.consumer = consumer;
    }

    void read(Path path) {
        read(path, article -> true);
    }

    /** Reads a path but analyses only the articles {@code wanted} accepts; the others are dropped unseen. */
    void read(Path path, Predicate<Article> wanted) {
        reader.read(path, sink(wanted));
    }

    void read(InputStream in, String name) {
        reader.read(in, name, sink(article -> true));
    }

    /** Hands over every outcome still pending. */
    void finish() {
        while (!pending.isEmpty()) {
            consumer.accept(await(pending.poll()));
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private ArticleSink sink(Predicate<Article> wanted) {
        return new ArticleSink() {
            @Override
            public void article(Article article) {
                if (wanted.test(article)) {
                    enqueue(decide(article));
                }
            }

            @Override
            public void failure(InputException problem) {
                enqueue(CompletableFuture.completedFuture(new Outcome.Failed(problem)));
            }
        };
    }

    private Future<Outcome> decide(Article article) {
        if (article.language() == null) {
            return CompletableFuture.completedFuture(new Outcome.Failed(
                    new InputException(article.origin(), "language could not be detected")));
        }
        if (!analyzer.supports(article.language())) {
            return CompletableFuture.completedFuture(new Outcome.Skipped(new InputException(article.origin(),
                    "language '" + article.language() + "' is not supported (supported: "
                            + String.join(", ", analyzer.languages()) + "); skipped")));
        }
        return workers.submit(() -> analyse(article));
    }

    private Outcome analyse(Article article) {
        try {
            return new Outcome.Analysed(analyzer.analyze(article));
        } catch (InputException e) {
            return new Outcome.Failed(e);
        } catch (RuntimeException e) {
            // A bug in a stage must not take the batch down; it is reported against this article.
            return new Outcome.Failed(new InputException(article.origin(), "analysis failed: " + e, e));
        }
    }

    private void enqueue(Future<Outcome> outcome) {
        pending.add(outcome);
        while (pending.size() > window || (!pending.isEmpty() && pending.peek().isDone())) {
            consumer.accept(await(pending.poll()));
        }
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        }
    }
}
