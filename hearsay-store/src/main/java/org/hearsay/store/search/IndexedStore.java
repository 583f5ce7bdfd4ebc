package org.hearsay.store.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.store.ArticlePage;
import org.hearsay.store.CorpusStore;
import org.hearsay.store.StoreException;
import org.hearsay.store.tracking.ClaimRef;
import org.hearsay.store.tracking.ClaimStatus;
import org.hearsay.store.tracking.Tracker;

/**
 * A store with its search index. Every {@link #put} that changes the store is indexed right after
 * its transaction committed, so the index never holds what the database does not. A crash between
 * the two leaves the index behind the database; opening the store catches up ({@link IndexCatchUp}),
 * so nothing committed stays unsearchable.
 */
public final class IndexedStore implements CorpusStore {
    private final CorpusStore store;
    private final SearchIndex index;

    private IndexedStore(CorpusStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    /**
     * Puts a store and its index together, first bringing the index up to date with the store.
     * Closing the result closes both.
     */
    public static IndexedStore open(CorpusStore store, Path indexDirectory) {
        SearchIndex index;
        try {
            index = SearchIndex.open(indexDirectory);
        } catch (RuntimeException e) {
            store.close();
            throw new StoreException(e.getMessage(), e);
        }
        IndexedStore indexed = new IndexedStore(store, index);
        try {
            new IndexCatchUp(store, index, indexed::document).run();
        } catch (IOException | RuntimeException e) {
            indexed.close();
            throw new StoreException("cannot bring the search index " + indexDirectory + " up to date: "
                    + e.getMessage(), e);
        }
        return indexed;
    }

    /**
     * Stores and indexes an analysis. Synchronized, so that two puts of one article (or of two under
     * one URL) reach the index in the order they reached the store.
     */
    @Override
    public synchronized Stored put(Analysis analysis) {
        Stored stored = store.put(analysis);
        if (stored.change() != Change.UNCHANGED) {
            indexNow(analysis);
        }
        return stored;
    }

    /**
     * Indexes a stored article again, as it is in the store now: after a change the store made
     * that no {@link #put} went through, such as a claim's new status.
     *
     * @throws IllegalArgumentException when the article is not stored
     */
    public synchronized void reindex(String articleId) {
        indexNow(store.analysis(articleId)
                .orElseThrow(() -> new IllegalArgumentException("no stored article " + articleId)));
    }

    private void indexNow(Analysis analysis) {
        try {
            index.update(List.of(document(analysis)), List.of());
        } catch (IOException e) {
            throw new StoreException("article " + analysis.article().id() + " is stored but not yet searchable ("
                    + e.getMessage() + "); opening the store again indexes it", e);
        }
    }

    private IndexedArticle document(Analysis analysis) {
        return IndexedArticle.of(analysis, claimStatuses(analysis));
    }

    /**
     * The stored statuses of an article's claims. Overdue is left to the calendar: a claim that is
     * overdue today counts as pending, the status it is stored with, so the index does not go stale
     * as deadlines pass.
     */
    private List<String> claimStatuses(Analysis analysis) {
        Tracker tracker = store.tracker();
        LocalDate today = LocalDate.now();
        return analysis.get(Layers.CLAIMS).stream()
                .map(c -> tracker.claim(new ClaimRef(analysis.article().id(), c.id()), today))
                .flatMap(Optional::stream)
                .map(c -> c.status() == ClaimStatus.OVERDUE ? ClaimStatus.PENDING : c.status())
                .map(ClaimStatus::code)
                .toList();
    }

    public SearchIndex index() {
        return index;
    }

    /** @see SearchIndex#search */
    public SearchResults search(SearchQuery query) {
        return index.search(query);
    }

    @Override
    public boolean has(String contentHash, String configHash) {
        return store.has(contentHash, configHash);
    }

    @Override
    public Optional<Analysis> analysis(String articleId) {
        return store.analysis(articleId);
    }

    @Override
    public Optional<Article> articleByUrl(String url) {
        return store.articleByUrl(url);
    }

    @Override
    public ArticlePage articles(String after, int limit) {
        return store.articles(after, limit);
    }

    @Override
    public Counts counts() {
        return store.counts();
    }

    /**
     * The store's tracker. A status it changes reaches the index with {@link #reindex} or, at the
     * latest, when the store is opened again.
     */
    @Override
    public Tracker tracker(Clock clock) {
        return store.tracker(clock);
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            store.close();
        }
    }
}
