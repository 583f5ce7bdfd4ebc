package org.hearsay.store.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hearsay.core.model.Analysis;
import org.hearsay.store.ArticleEntry;
import org.hearsay.store.ArticlePage;
import org.hearsay.store.CorpusStore;
import org.hearsay.store.tracking.ClaimFilter;
import org.hearsay.store.tracking.ClaimStatus;
import org.hearsay.store.tracking.TrackedClaim;
import org.hearsay.store.tracking.Tracker;

/**
 * Brings the index up to date with the store when a store is opened. The store commits an article
 * before it is indexed, so a crash in between leaves the index behind: an article missing, one
 * indexed from an analysis the store has since replaced (another configuration), one whose claims
 * were resolved since (by another process, or before a crash), or one the store no longer has
 * (replaced under its URL). This finds each such case by comparing every stored article with its
 * document.
 */
final class IndexCatchUp {
    private static final int PAGE = 500;

    private final CorpusStore store;
    private final SearchIndex index;
    private final Function<Analysis, IndexedArticle> documents;

    IndexCatchUp(CorpusStore store, SearchIndex index, Function<Analysis, IndexedArticle> documents) {
        this.store = store;
        this.index = index;
        this.documents = documents;
    }

    /**
     * Indexes a page of stale articles at a time (a new index of a large store would not fit in
     * memory at once), then deletes what the store no longer has.
     */
    void run() throws IOException {
        Map<String, SearchIndex.IndexedState> indexed = index.states();
        Map<String, String> resolved = resolvedSignatures();
        Set<String> stored = new HashSet<>();
        String after = null;
        do {
            ArticlePage page = store.articles(after, PAGE);
            List<IndexedArticle> stale = new ArrayList<>();
            for (ArticleEntry entry : page.articles()) {
                stored.add(entry.id());
                SearchIndex.IndexedState state = indexed.get(entry.id());
                if (state == null || !store.has(entry.id(), state.configHash())
                        || !resolved.getOrDefault(entry.id(), "").equals(state.statusSignature())) {
                    stale.add(documents.apply(store.analysis(entry.id()).orElseThrow()));
                }
            }
            if (!stale.isEmpty()) {
                index.update(stale, List.of());
            }
            after = page.next();
        } while (after != null);
        List<String> gone = indexed.keySet().stream().filter(id -> !stored.contains(id)).toList();
        if (!gone.isEmpty()) {
            index.update(List.of(), gone);
        }
    }

    /**
     * Article id → {@link IndexedArticle#statusSignature()} as the store has it, for the articles
     * with resolved claims.
     */
    private Map<String, String> resolvedSignatures() {
        Tracker tracker = store.tracker();
        ClaimFilter all = ClaimFilter.all(LocalDate.now()).withLimit(Integer.MAX_VALUE);
        Map<String, List<String>> byArticle = new HashMap<>();
        for (ClaimStatus status : ClaimStatus.values()) {
            if (status.resolved()) {
                for (TrackedClaim claim : tracker.claims(all.withStatus(status))) {
                    byArticle.computeIfAbsent(claim.ref().articleId(), id -> new ArrayList<>()).add(status.code());
                }
            }
        }
        Map<String, String> signatures = new HashMap<>();
        byArticle.forEach((id, statuses) -> signatures.put(id, IndexedArticle.signature(statuses)));
        return signatures;
    }
}
