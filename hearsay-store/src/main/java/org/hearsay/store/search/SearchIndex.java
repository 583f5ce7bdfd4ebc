package org.hearsay.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The full-text and facet index of a store's articles, one Lucene document per article, in a
 * directory of its own. Searches see this process's writes at once and other processes' writes
 * once they are committed, within about a second ({@link IndexAccess}).
 */
public final class SearchIndex implements AutoCloseable {
    /**
     * Lucene warns on every start that Java's incubating vector API is not enabled; the index uses
     * no vectors, so the warning would only clutter every command's output. Held here because the
     * logging framework keeps loggers weakly.
     */
    private static final Logger VECTORIZATION_LOG = quietVectorizationLog();
    private static final int FACET_VALUES = 20;

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer = ArticleDocuments.analyzer();
    private final FacetsConfig facetsConfig = ArticleDocuments.facetsConfig();
    private final LuceneQueries queries = new LuceneQueries(analyzer, facetsConfig);
    private final IndexAccess access;
    /** Facet ordinals of the reader last searched, rebuilt when the reader changes. */
    private SortedSetDocValuesReaderState facetState;

    private static Logger quietVectorizationLog() {
        Logger log = Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");
        log.setLevel(Level.SEVERE);
        return log;
    }

    private SearchIndex(Path path) throws IOException {
        this.path = path;
        this.directory = FSDirectory.open(path);
        this.access = new IndexAccess(path, directory, analyzer);
    }

    /** Opens the index in a directory, creating an empty one when there is none. */
    static SearchIndex open(Path directory) {
        try {
            return new SearchIndex(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds or replaces documents and deletes others, as one change. A new document replaces the
     * one with its id and the one with its URL (the store keeps one article per URL).
     */
    void update(List<IndexedArticle> articles, Collection<String> deletedIds) throws IOException {
        access.write(writer -> {
            for (String id : deletedIds) {
                writer.deleteDocuments(new Term(ArticleDocuments.ID, id));
            }
            for (IndexedArticle a : articles) {
                writer.deleteDocuments(sameArticle(a));
                writer.addDocument(ArticleDocuments.document(a, facetsConfig));
            }
        });
    }

    private static Query sameArticle(IndexedArticle a) {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArticleDocuments.ID, a.id())), Occur.SHOULD);
        if (a.url() != null) {
            q.add(new TermQuery(new Term(ArticleDocuments.URL, a.url())), Occur.SHOULD);
        }
        return q.build();
    }

    /** What is indexed of each article: id → configuration and claim statuses of its document. */
    Map<String, IndexedState> states() throws IOException {
        try (IndexAccess.Lease lease = access.acquire()) {
            IndexSearcher searcher = lease.searcher();
            Map<String, IndexedState> states = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document d = fields.document(doc);
                        states.put(d.get(ArticleDocuments.ID),
                                new IndexedState(d.get(ArticleDocuments.CONFIG), d.get(ArticleDocuments.STATUSES)));
                    }
                }
            }
            return states;
        }
    }

    /** The configuration hash and claim-status signature an article's document was built with. */
    record IndexedState(String configHash, String statusSignature) {
    }

    /**
     * One page of the articles that match, with facet counts over all of them.
     *
     * @throws IllegalArgumentException for a cursor that is not one of this search's
     */
    public SearchResults search(SearchQuery query) {
        SearchOrder order = SearchOrder.of(query);
        Query lucene = queries.of(query);
        try (IndexAccess.Lease lease = access.acquire()) {
            IndexSearcher searcher = lease.searcher();
            FieldDoc after = query.after() == null ? null
                    : order.after(query.after(), searcher.getIndexReader().maxDoc());
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.searchAfter(searcher, after, lucene,
                    query.limit() + 1, order.sort(), order == SearchOrder.RELEVANCE, new FacetsCollectorManager());
            ScoreDoc[] docs = result.topDocs().scoreDocs;
            boolean more = docs.length > query.limit();
            List<SearchResults.Hit> hits = new ArrayList<>();
            StoredFields fields = searcher.storedFields();
            for (int i = 0; i < Math.min(docs.length, query.limit()); i++) {
                hits.add(hit(fields.document(docs[i].doc), order == SearchOrder.RELEVANCE ? docs[i].score : 0f));
            }
            String next = more ? order.cursor((FieldDoc) docs[query.limit() - 1]) : null;
            SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
            Map<String, List<SearchResults.FacetCount>> facets = facets(state == null ? null
                    : new SortedSetDocValuesFacetCounts(state, result.facetsCollector()));
            return new SearchResults(searcher.count(lucene), hits, facets, next);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * One page of the values a facet has across the whole index, with how many articles have each,
     * in the order of the values.
     *
     * @param dim    a facet name ({@code entity}, {@code source}…)
     * @param prefix what the values start with, ignoring case; null or empty for every value
     * @param after  the last value of the previous page, or null
     */
    public List<SearchResults.FacetCount> facetValues(String dim, String prefix, String after, int limit) {
        if (!ArticleDocuments.FACETS.contains(dim)) {
            throw new IllegalArgumentException("no facet " + dim + "; there are " + ArticleDocuments.FACETS);
        }
        String lowerPrefix = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
        try (IndexAccess.Lease lease = access.acquire()) {
            IndexSearcher searcher = lease.searcher();
            SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
            FacetResult all = state == null ? null : new SortedSetDocValuesFacetCounts(state).getAllChildren(dim);
            if (all == null) {
                return List.of();
            }
            return Arrays.stream(all.labelValues)
                    .filter(lv -> lv.label.toLowerCase(Locale.ROOT).startsWith(lowerPrefix))
                    .filter(lv -> after == null || lv.label.compareTo(after) > 0)
                    .sorted(Comparator.comparing((LabelAndValue lv) -> lv.label))
                    .limit(limit)
                    .map(lv -> new SearchResults.FacetCount(lv.label, lv.value.longValue()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index " + path + ": " + e.getMessage(), e);
        }
    }

    private static SearchResults.Hit hit(Document d, float score) {
        String published = d.get(ArticleDocuments.PUBLISHED);
        return new SearchResults.Hit(d.get(ArticleDocuments.ID), d.get(ArticleDocuments.TITLE),
                d.get(ArticleDocuments.URL), d.get(ArticleDocuments.OUTLET), d.get(ArticleDocuments.LANGUAGE),
                published == null ? null : LocalDateTime.parse(published), score);
    }

    /** The facet ordinals of a reader, or null when none of its documents has a facet value. */
    private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (MultiDocValues.getSortedSetValues(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null) {
            return null;
        }
        if (facetState == null || facetState.getReader() != reader) {
            facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        }
        return facetState;
    }

    /**
     * Every facet, in {@link ArticleDocuments#FACETS} order; one no match has a value in is empty.
     *
     * @param counts the counts, or null when no document has facet values
     */
    private static Map<String, List<SearchResults.FacetCount>> facets(SortedSetDocValuesFacetCounts counts)
            throws IOException {
        Map<String, List<SearchResults.FacetCount>> byDim = new LinkedHashMap<>();
        ArticleDocuments.FACETS.forEach(dim -> byDim.put(dim, List.of()));
        for (FacetResult result : counts == null ? List.<FacetResult>of() : counts.getAllDims(FACET_VALUES)) {
            List<SearchResults.FacetCount> values = new ArrayList<>();
            for (LabelAndValue lv : result.labelValues) {
                values.add(new SearchResults.FacetCount(lv.label, lv.value.longValue()));
            }
            byDim.put(result.dim, values);
        }
        return byDim;
    }

    @Override
    public synchronized void close() {
        try {
            access.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index " + path + ": " + e.getMessage(), e);
        }
    }
}
