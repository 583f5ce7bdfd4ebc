package org.hearsay.store;

import java.time.Clock;
import java.util.Optional;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.store.tracking.Tracker;

/**
 * Articles and their analyses, kept across runs. An article is identified by its content hash;
 * a URL names at most one article, the newest text read under it. Each {@link #put} is atomic:
 * after a crash an article is either stored completely (article, analysis, sources, entities,
 * claims) or not at all. Methods throw {@link StoreException} when the database fails.
 */
public interface CorpusStore extends AutoCloseable {

    /**
     * Stores an analysis and the rows derived from its sources, entities and claims layers
     * (a missing layer gives no rows).
     * <ul>
     * <li>same content and same pipeline configuration as stored → {@link Change#UNCHANGED}, nothing
     * is written (the metadata of the first reading stays);
     * <li>same content, other configuration → {@link Change#UPDATED}: the analysis and its rows are
     * replaced;
     * <li>new content under a stored URL → {@link Change#UPDATED}: the old article is replaced by the
     * new one;
     * <li>otherwise → {@link Change#CREATED}.
     * </ul>
     * When rows are replaced, a claim whose id is still there keeps its status and status events;
     * events of claims that are gone are dropped with them.
     */
    Stored put(Analysis analysis);

    /** Whether the article with this content hash is stored with an analysis of this configuration. */
    boolean has(String contentHash, String configHash);

    /** The stored analysis of an article, as it was put. */
    Optional<Analysis> analysis(String articleId);

    /** The article stored under a URL. */
    Optional<Article> articleByUrl(String url);

    /**
     * One page of articles ordered by publication time (wall clock as printed; articles without
     * one last), then id.
     *
     * @param after the {@link ArticlePage#next()} cursor of the previous page, or null for the first
     * @param limit the most articles to return, at least 1
     */
    ArticlePage articles(String after, int limit);

    Counts counts();

    /**
     * Tracking across the stored articles (corpus entities, claim clusters, near-duplicates, the
     * claim lifecycle, track records, timelines), on this store's connection.
     *
     * @param clock the time status events are recorded at
     */
    Tracker tracker(Clock clock);

    /** {@link #tracker(Clock)} on the system clock. */
    default Tracker tracker() {
        return tracker(Clock.systemDefaultZone());
    }

    @Override
    void close();

    /** What {@link #put} did. */
    enum Change { CREATED, UPDATED, UNCHANGED }

    /** The result of a {@link #put}: the stored article's id and what changed. */
    record Stored(String articleId, Change change) {
    }

    /** How many rows the store holds. */
    record Counts(long articles, long sources, long entities, long claims) {
    }
}
