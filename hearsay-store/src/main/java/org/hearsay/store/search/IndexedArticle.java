package org.hearsay.store.search;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Source;
import org.hearsay.store.tracking.ClaimStatus;

/**
 * What the search index keeps of one stored article: its words, and the values it can be
 * filtered and counted by.
 *
 * @param published     wall-clock publication time, or null when the article has none
 * @param entities      canonical names of the entities it talks about
 * @param sources       names of its named sources (persons, organisations, outlets)
 * @param sourceKinds   kinds of its sources ({@link Source.Kind} names)
 * @param claimStatuses statuses its claims have in the store ("pending", "confirmed"…)
 * @param configHash    the pipeline configuration of the indexed analysis: the start-up check
 *                      re-indexes the article when the store holds another one
 */
record IndexedArticle(String id, String url, String title, String text, String language, String outlet,
                      LocalDateTime published, List<String> entities, List<String> sources, List<String> sourceKinds,
                      List<String> claimStatuses, String configHash) {

    IndexedArticle {
        entities = sortedDistinct(entities);
        sources = sortedDistinct(sources);
        sourceKinds = sortedDistinct(sourceKinds);
        claimStatuses = sortedDistinct(claimStatuses);
    }

    static IndexedArticle of(Analysis analysis, Collection<String> claimStatuses) {
        Article a = analysis.article();
        return new IndexedArticle(a.id(), a.url(), a.title(), a.text(), a.language(), a.outlet(),
                a.published() == null ? null : a.published().local(),
                analysis.get(Layers.ENTITIES).stream().map(Entity::canonical).toList(),
                analysis.get(Layers.SOURCES).stream().filter(s -> !s.anonymous()).map(Source::name).toList(),
                analysis.get(Layers.SOURCES).stream().map(s -> s.kind().name()).toList(),
                List.copyOf(claimStatuses), analysis.provenance().configHash());
    }

    /**
     * The resolved statuses among the claim statuses, as one comparable string stored with the
     * document. The article's claims change only with a new put, which indexes it anyway; between
     * puts a resolution is what changes a status, and it always changes this signature.
     */
    String statusSignature() {
        return signature(claimStatuses.stream().filter(s -> ClaimStatus.ofCode(s).resolved()).toList());
    }

    static String signature(Collection<String> resolvedStatuses) {
        return String.join(",", new TreeSet<>(resolvedStatuses));
    }

    private static List<String> sortedDistinct(Collection<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }
}
