package org.hearsay.server;

import io.javalin.http.Context;
import java.util.Locale;
import org.hearsay.core.export.LinkedDataFormat;
import org.hearsay.core.json.AnalysisJson;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.store.ArticlePage;
import org.hearsay.store.CorpusStore;

/** Articles: the listing, one article, its analysis, its sources and its linked-data exports. */
final class ArticleEndpoints {
    static final String JSON_LD = "application/ld+json";
    /** The most copies an article's answer lists: a wire story can be copied by every outlet of a corpus. */
    static final int MAX_COPIES = 50;

    private final CorpusStore store;

    ArticleEndpoints(CorpusStore store) {
        this.store = store;
    }

    /** {@code GET /api/articles?after=&limit=}: in publication order, undated last. */
    void list(Context ctx) {
        ArticlePage page = store.articles(Params.optional(ctx, "after"), Params.limit(ctx));
        Json.send(ctx, new Page<>(page.articles().stream().map(ArticleViews::summary).toList(), page.next()));
    }

    /** {@code GET /api/articles/{id}}: the article with its text, the article it copies and its copies. */
    void article(Context ctx) {
        Article article = analysis(ctx).article();
        Json.send(ctx, ArticleViews.full(article, store.tracker().duplicates(article.id(), MAX_COPIES)));
    }

    /** The analysis as stored, in the format of docs/json-format.md. */
    void analysisDocument(Context ctx) {
        Json.sendRaw(ctx, Json.MEDIA_TYPE, AnalysisJson.write(analysis(ctx)));
    }

    void sources(Context ctx) {
        Json.send(ctx, analysis(ctx).get(Layers.SOURCES));
    }

    /** {@code GET /api/articles/{id}/export/{format}}: format {@code jsonld} (schema.org) or {@code prov}. */
    void export(Context ctx) {
        String name = ctx.pathParam("format");
        LinkedDataFormat format = switch (name.toLowerCase(Locale.ROOT)) {
            case "jsonld" -> LinkedDataFormat.SCHEMA_ORG;
            case "prov" -> LinkedDataFormat.PROV;
            default -> throw ApiException.notFound("no export format '" + name + "'; there are jsonld and prov");
        };
        Json.sendRaw(ctx, JSON_LD, format.write(analysis(ctx)));
    }

    /** The stored analysis of the article the path names; 404 when there is none. */
    Analysis analysis(Context ctx) {
        String id = ctx.pathParam("id");
        return store.analysis(id).orElseThrow(() -> ApiException.notFound("no stored article with id " + id));
    }
}
