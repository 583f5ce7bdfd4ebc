package org.hearsay.store.search;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/**
 * How an article becomes a Lucene document. Title and text go into fields of the article's
 * language ({@code title_de}, {@code text_de}…), each analysed with that language's stemmer and
 * stop words, so a German query word finds its inflected forms; other languages use the
 * standard analyser. Facet values are kept as sorted-set doc values (no taxonomy index to keep
 * in step) and the publication day as a point for date ranges.
 */
final class ArticleDocuments {
    static final String ID = "id";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String OUTLET = "outlet";
    static final String LANGUAGE = "language";
    static final String PUBLISHED = "published";
    /** Epoch day of the publication, for from/to ranges. */
    static final String DAY = "day";
    /** Epoch second of the publication (undated: the smallest long), for newest-first order. */
    static final String NEWEST = "newest";
    static final String CONFIG = "config";
    static final String STATUSES = "statuses";

    static final String ENTITY = "entity";
    static final String SOURCE = "source";
    static final String SOURCE_KIND = "sourceKind";
    static final String YEAR = "year";
    static final String MONTH = "month";
    static final String STATUS = "status";
    static final List<String> FACETS = List.of(ENTITY, SOURCE, SOURCE_KIND, OUTLET, LANGUAGE, YEAR, MONTH, STATUS);

    /** Languages with an analyser of their own; the rest share {@link #OTHER}. */
    private static final List<String> ANALYSED = List.of("de", "en");
    private static final String OTHER = "xx";
    static final long UNDATED = Long.MIN_VALUE;

    private ArticleDocuments() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(ENTITY, true);
        config.setMultiValued(SOURCE, true);
        config.setMultiValued(SOURCE_KIND, true);
        config.setMultiValued(STATUS, true);
        return config;
    }

    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
                "title_de", new GermanAnalyzer(), "text_de", new GermanAnalyzer(),
                "title_en", new EnglishAnalyzer(), "text_en", new EnglishAnalyzer()));
    }

    /** The title and text fields of every language, which a query searches all of. */
    static List<String> textFields() {
        return List.of("title_de", "text_de", "title_en", "text_en", "title_" + OTHER, "text_" + OTHER);
    }

    static boolean isTitle(String field) {
        return field.startsWith("title_");
    }

    static Document document(IndexedArticle a, FacetsConfig config) throws IOException {
        String lang = a.language() != null && ANALYSED.contains(a.language()) ? a.language() : OTHER;
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
        if (a.url() != null) {
            doc.add(new StringField(URL, a.url(), Field.Store.YES));
        }
        if (a.title() != null) {
            doc.add(new StoredField(TITLE, a.title()));
            doc.add(new TextField("title_" + lang, a.title(), Field.Store.NO));
        }
        doc.add(new TextField("text_" + lang, a.text(), Field.Store.NO));
        doc.add(new StoredField(CONFIG, a.configHash()));
        doc.add(new StoredField(STATUSES, a.statusSignature()));
        if (a.outlet() != null) {
            doc.add(new StoredField(OUTLET, a.outlet()));
            doc.add(new SortedSetDocValuesFacetField(OUTLET, a.outlet()));
        }
        if (a.language() != null) {
            doc.add(new StoredField(LANGUAGE, a.language()));
            doc.add(new SortedSetDocValuesFacetField(LANGUAGE, a.language()));
        }
        addPublished(doc, a.published());
        a.entities().forEach(name -> doc.add(new SortedSetDocValuesFacetField(ENTITY, name)));
        a.sources().forEach(name -> doc.add(new SortedSetDocValuesFacetField(SOURCE, name)));
        a.sourceKinds().forEach(kind -> doc.add(new SortedSetDocValuesFacetField(SOURCE_KIND, kind)));
        a.claimStatuses().forEach(status -> doc.add(new SortedSetDocValuesFacetField(STATUS, status)));
        return config.build(doc);
    }

    private static void addPublished(Document doc, LocalDateTime published) {
        if (published == null) {
            doc.add(new NumericDocValuesField(NEWEST, UNDATED));
            return;
        }
        doc.add(new StoredField(PUBLISHED, published.toString()));
        doc.add(new LongPoint(DAY, published.toLocalDate().toEpochDay()));
        doc.add(new NumericDocValuesField(NEWEST, published.toEpochSecond(ZoneOffset.UTC)));
        doc.add(new SortedSetDocValuesFacetField(YEAR, String.valueOf(published.getYear())));
        doc.add(new SortedSetDocValuesFacetField(MONTH, String.format("%04d-%02d", published.getYear(),
                published.getMonthValue())));
    }
}
