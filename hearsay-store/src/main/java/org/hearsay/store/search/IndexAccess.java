package org.hearsay.store.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The writer and the searchers of one index folder, shared with other processes. Opening and
 * closing a writer and committing cost far more than adding a document (on this project's busy
 * 2-core machine: a writer per article 97 ms, a commit 33 ms, adding a document and reopening the
 * reader 9 ms), so a writer stays open while writes keep coming and this process's searches read
 * its changes before they are committed. Once a second the changes are committed, which makes them
 * visible to other processes; after a second without writes the writer is closed, which frees the
 * index's lock for another process (an ingest beside a running server). A writer waits up to
 * {@link #LOCK_WAIT_MS} for that lock. What a crash loses before a commit, the store's next
 * opening indexes again ({@link IndexCatchUp}).
 */
final class IndexAccess implements AutoCloseable {
    static final long LOCK_WAIT_MS = 30_000;
    private static final long COMMIT_INTERVAL_MS = 1_000;

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final ScheduledExecutorService committer;
    /** Open while this process writes; null while the lock is free for others. */
    private IndexWriter writer;
    private SearcherManager searchers;
    private long lastWriteNanos;
    /** A failure of the background commit, reported by the next write or close. */
    private IOException commitFailure;

    IndexAccess(Path path, Directory directory, Analyzer analyzer) throws IOException {
        this.path = path;
        this.directory = directory;
        this.analyzer = analyzer;
        if (!DirectoryReader.indexExists(directory)) {
            try (IndexWriter empty = openWriter()) {
                empty.commit();
            }
        }
        this.searchers = new SearcherManager(directory, null);
        this.committer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "hearsay-index-commit " + path);
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(this::commitOrRelease, COMMIT_INTERVAL_MS, COMMIT_INTERVAL_MS,
                TimeUnit.MILLISECONDS);
    }

    /** What a write does with the writer. */
    interface Change {
        void apply(IndexWriter writer) throws IOException;
    }

    /** Applies a change; this process's next search sees it. */
    synchronized void write(Change change) throws IOException {
        reportCommitFailure();
        if (writer == null) {
            writer = openWriter();
            replaceSearchers(new SearcherManager(writer, null));
        }
        change.apply(writer);
        lastWriteNanos = System.nanoTime();
    }

    /**
     * A searcher on the newest state: this process's writes, committed or not, and what other
     * processes committed. Close the lease to give it back.
     */
    synchronized Lease acquire() throws IOException {
        searchers.maybeRefreshBlocking();
        return new Lease(searchers, searchers.acquire());
    }

    /** A searcher in use, tied to the manager it came from (which may be replaced meanwhile). */
    record Lease(SearcherManager manager, IndexSearcher searcher) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            manager.release(searcher);
        }
    }

    private synchronized void commitOrRelease() {
        if (writer == null) {
            return;
        }
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
            if (System.nanoTime() - lastWriteNanos > TimeUnit.MILLISECONDS.toNanos(COMMIT_INTERVAL_MS)) {
                closeWriter();
            }
        } catch (IOException e) {
            commitFailure = e;
        }
    }

    private void closeWriter() throws IOException {
        writer.close();
        writer = null;
        replaceSearchers(new SearcherManager(directory, null));
    }

    private void replaceSearchers(SearcherManager next) throws IOException {
        SearcherManager old = searchers;
        searchers = next;
        old.close();
    }

    private void reportCommitFailure() throws IOException {
        if (commitFailure != null) {
            IOException failure = commitFailure;
            commitFailure = null;
            throw new IOException("the search index " + path + " could not be committed: " + failure.getMessage(),
                    failure);
        }
    }

    private IndexWriter openWriter() throws IOException {
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MS;
        while (true) {
            try {
                return new IndexWriter(directory, new IndexWriterConfig(analyzer));
            } catch (LockObtainFailedException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("the search index " + path + " is locked by another process for more than "
                            + LOCK_WAIT_MS / 1000 + " s", e);
                }
                pause();
            }
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the search index lock", e);
        }
    }

    /** Commits what is left and frees the lock. */
    @Override
    public synchronized void close() throws IOException {
        committer.shutdownNow();
        try {
            if (writer != null) {
                writer.commit();
                closeWriter();
            }
            reportCommitFailure();
        } finally {
            searchers.close();
        }
    }
}
