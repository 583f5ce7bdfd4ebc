package org.hearsay.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** One pipeline, shared CoreNLP models, two threads: the results must not depend on the interleaving. */
class ConcurrentAnalysisTest {
    private static final int ROUNDS = 5;

    @Test
    void twoThreadsGetTheSequentialResults() throws Exception {
        Pipeline pipeline = TestArticles.pipeline();
        List<Article> articles = List.of(TestArticles.article(TestArticles.BRIDGE), TestArticles.article(TestArticles.SUMMIT));
        List<Analysis> sequential = articles.stream().map(pipeline::analyze).toList();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Analysis>>> results = new ArrayList<>();
            for (Article article : articles) {
                Callable<List<Analysis>> job = () -> {
                    start.await();
                    List<Analysis> out = new ArrayList<>();
                    for (int i = 0; i < ROUNDS; i++) {
                        out.add(pipeline.analyze(article));
                    }
                    return out;
                };
                results.add(threads.submit(job));
            }
            start.countDown();
            for (int a = 0; a < articles.size(); a++) {
                for (Analysis concurrent : results.get(a).get()) {
                    assertEquals(sequential.get(a), concurrent);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
