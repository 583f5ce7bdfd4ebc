package org.hearsay.server;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.InputException;
import org.hearsay.core.model.Article;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.ingest.ArticleReader;
import org.hearsay.ingest.ArticleSink;
import org.hearsay.store.CorpusStore;

/**
 * Reads uploaded input (a text, an HTML page, a feed, a WARC file), analyses each article in it and
 * stores it, as {@code hearsay ingest} does for files. An article stored already with the current
 * pipeline configuration is not analysed again.
 */
final class ArticleIngest {
    private final ArticleReader reader;
    private final Analyzer analyzer;
    private final CorpusStore store;

    ArticleIngest(ArticleReader reader, Analyzer analyzer, CorpusStore store) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.store = store;
    }

    /** What became of one upload: the articles stored and the problems, each naming its input. */
    record Report(List<StoredArticle> stored, List<Failure> failed) {
    }

    record StoredArticle(String articleId, String title, CorpusStore.Change change) {
    }

    record Failure(String input, String reason) {
    }

    Report ingest(InputStream in, String name) {
        List<Article> articles = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        reader.read(in, name, new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void failure(InputException problem) {
                failed.add(new Failure(problem.input(), problem.userMessage()));
            }
        });
        List<StoredArticle> stored = new ArrayList<>();
        for (Article article : articles) {
            try {
                stored.add(store(article));
            } catch (InputException e) {
                failed.add(new Failure(e.input(), e.userMessage()));
            }
        }
        return new Report(stored, failed);
    }

    private StoredArticle store(Article article) throws InputException {
        if (analyzer.supports(article.language())
                && store.has(article.id(), analyzer.pipeline(article.language()).provenance().configHash())) {
            return new StoredArticle(article.id(), article.title(), CorpusStore.Change.UNCHANGED);
        }
        CorpusStore.Stored stored = store.put(analyzer.analyze(article));
        return new StoredArticle(stored.articleId(), article.title(), stored.change());
    }
}
