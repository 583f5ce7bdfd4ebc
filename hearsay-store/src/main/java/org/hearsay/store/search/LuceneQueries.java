package org.hearsay.store.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link SearchQuery} into a Lucene query. Each word and each "quoted phrase" must occur,
 * in the title or the text, in any language's fields (analysed with that language's analyser, so
 * "Buslinie" finds "Buslinien"); a title match counts double. Facet filters become drill-downs,
 * the date range a point range on the publication day.
 */
final class LuceneQueries {
    private static final Pattern UNITS = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final float TITLE_BOOST = 2f;

    private final QueryBuilder builder;
    private final FacetsConfig facets;

    LuceneQueries(Analyzer analyzer, FacetsConfig facets) {
        this.builder = new QueryBuilder(analyzer);
        this.facets = facets;
    }

    Query of(SearchQuery query) {
        Query base = query.hasText() ? words(query.text()) : new MatchAllDocsQuery();
        if (query.from() != null || query.to() != null) {
            base = new BooleanQuery.Builder()
                    .add(base, Occur.MUST)
                    .add(LongPoint.newRangeQuery(ArticleDocuments.DAY,
                            query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay(),
                            query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay()), Occur.FILTER)
                    .build();
        }
        DrillDownQuery drillDown = new DrillDownQuery(facets, base);
        drill(drillDown, ArticleDocuments.ENTITY, query.entities());
        drill(drillDown, ArticleDocuments.SOURCE, query.sources());
        drill(drillDown, ArticleDocuments.SOURCE_KIND, query.sourceKinds());
        drill(drillDown, ArticleDocuments.OUTLET, query.outlets());
        drill(drillDown, ArticleDocuments.LANGUAGE, query.languages());
        drill(drillDown, ArticleDocuments.STATUS, query.statuses());
        return drillDown;
    }

    private static void drill(DrillDownQuery query, String dim, List<String> values) {
        values.forEach(value -> query.add(dim, value));
    }

    /**
     * Every unit required. A unit that is only stop words in every language is left out; a text
     * of nothing but such units matches nothing.
     */
    private Query words(String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int units = 0;
        Matcher m = UNITS.matcher(text);
        while (m.find()) {
            String unit = m.group(1) != null ? m.group(1) : m.group(2);
            Query anyField = anyField(unit);
            if (anyField != null) {
                all.add(anyField, Occur.MUST);
                units++;
            }
        }
        return units == 0 ? new MatchNoDocsQuery("only stop words") : all.build();
    }

    private Query anyField(String unit) {
        List<Query> alternatives = new ArrayList<>();
        for (String field : ArticleDocuments.textFields()) {
            Query q = builder.createPhraseQuery(field, unit);
            if (q != null) {
                alternatives.add(ArticleDocuments.isTitle(field) ? new BoostQuery(q, TITLE_BOOST) : q);
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        alternatives.forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }
}
