package org.hearsay.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hearsay.core.model.Article;
import org.junit.jupiter.api.Test;

/** One reader serves several threads at once and gives each what it would give alone. */
class SharedReaderTest {
    private static final List<String> FIXTURES = List.of("harbour-strike.txt", "kurzmeldung.html",
            "council-jsonld.html", "newsroom-rss.xml", "agentur-atom.xml");

    private static List<Article> readAll(ArticleReader reader) {
        CollectingSink sink = new CollectingSink();
        FIXTURES.forEach(name -> reader.read(Fixtures.fixture(name), sink));
        return sink.articles;
    }

    @Test
    void concurrentReadsMatchASequentialRead() throws Exception {
        ArticleReader reader = ArticleReader.standard();
        List<Article> expected = readAll(reader);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Article>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> readAll(reader)));
            }
            for (Future<List<Article>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
