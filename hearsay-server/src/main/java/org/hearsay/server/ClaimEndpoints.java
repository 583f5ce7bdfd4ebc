package org.hearsay.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Layers;
import org.hearsay.store.StoreException;
import org.hearsay.store.search.IndexedStore;
import org.hearsay.store.tracking.ClaimEvent;
import org.hearsay.store.tracking.ClaimFilter;
import org.hearsay.store.tracking.ClaimRef;
import org.hearsay.store.tracking.ClaimStatus;
import org.hearsay.store.tracking.Resolution;
import org.hearsay.store.tracking.TrackedClaim;
import org.hearsay.store.tracking.Tracker;

/**
 * Claims across the corpus with their lifecycle: listings by status, entity, source and outlet,
 * one claim with its history, an article's claims, and resolutions. Statuses are as of
 * {@code ?asOf=} (default today): a pending trackable claim past its deadline is overdue.
 */
final class ClaimEndpoints {
    static final String INDEX_WARNING = "Hearsay-Index-Warning";
    private final IndexedStore store;
    private final Tracker tracker;
    private final ArticleEndpoints articles;

    ClaimEndpoints(IndexedStore store, ArticleEndpoints articles) {
        this.store = store;
        this.tracker = store.tracker();
        this.articles = articles;
    }

    /**
     * {@code GET /api/claims?status=&overdue=&entity=&source=&outlet=&trackable=&asOf=&after=&limit=}:
     * earliest publication first; {@code after} is the ref of the previous page's last claim. The
     * tracker starts the listing after it and reads one claim more than the page, which tells
     * whether a next page exists.
     */
    void list(Context ctx) {
        int limit = Params.limit(ctx);
        ClaimFilter filter = ClaimFilter.all(asOf(ctx)).withLimit(limit + 1).after(cursor(ctx));
        ClaimStatus status = status(ctx);
        if (status != null) {
            filter = filter.withStatus(status);
        }
        filter = filter.withEntity(Params.optional(ctx, "entity")).withSource(Params.optional(ctx, "source"))
                .withOutlet(Params.optional(ctx, "outlet"));
        if (Params.flag(ctx, "trackable")) {
            filter = filter.trackable();
        }
        List<TrackedClaim> claims;
        try {
            claims = tracker.claims(filter);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("after=" + filter.after() + " names no stored claim; pass the \"next\" of"
                    + " the page before");
        }
        Json.send(ctx, Page.of(claims, limit, c -> c.ref().toString()));
    }

    /** {@code after}: a claim's ref, or null to start at the beginning. */
    private static ClaimRef cursor(Context ctx) {
        String after = Params.optional(ctx, "after");
        try {
            return after == null ? null : ClaimRef.parse(after);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("after must be a claim ref such as 3f2a9c0d1e4b5a67:c2, not '" + after + "'");
        }
    }

    private static ClaimStatus status(Context ctx) {
        String code = Params.optional(ctx, "status");
        boolean overdue = Params.flag(ctx, "overdue");
        if (overdue && code != null && !code.equals(ClaimStatus.OVERDUE.code())) {
            throw ApiException.badRequest("overdue=true lists overdue claims; it cannot go with status=" + code);
        }
        if (overdue) {
            return ClaimStatus.OVERDUE;
        }
        try {
            return code == null ? null : ClaimStatus.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("no claim status '" + code + "'; there are pending, confirmed, contradicted,"
                    + " fulfilled, failed and overdue");
        }
    }

    /** {@code GET /api/claims/{ref}}: the claim, its status history and later claims of its story. */
    void claim(Context ctx) {
        ClaimRef ref = ref(ctx);
        LocalDate asOf = asOf(ctx);
        TrackedClaim claim = find(ref, asOf);
        Json.send(ctx, new ClaimDetail(claim, tracker.history(ref), tracker.laterInCluster(ref, asOf)));
    }

    record ClaimDetail(TrackedClaim claim, List<ClaimEvent> history, List<TrackedClaim> laterInStory) {
    }

    /** {@code GET /api/articles/{id}/claims}: the article's claims in its order, with their statuses. */
    void ofArticle(Context ctx) {
        String articleId = ctx.pathParam("id");
        LocalDate asOf = asOf(ctx);
        List<Claim> claims = articles.analysis(ctx).get(Layers.CLAIMS);
        Json.send(ctx, claims.stream()
                .map(c -> tracker.claim(new ClaimRef(articleId, c.id()), asOf))
                .flatMap(Optional::stream)
                .toList());
    }

    /**
     * {@code POST /api/claims/{ref}/resolution} with {@code {status, evidence, note, actor, probability}}:
     * records the judgement, re-indexes the article and answers 201 with the event. When another
     * process holds the index (a long ingest), the answer says so in {@link #INDEX_WARNING}.
     */
    void resolve(Context ctx) {
        ClaimRef ref = ref(ctx);
        find(ref, LocalDate.now());
        ResolutionRequest request = resolutionRequest(ctx);
        ClaimEvent event;
        try {
            event = tracker.resolve(ref, new Resolution(request.statusValue(), request.evidence(), request.note(),
                    request.actor() == null ? "api" : request.actor(), request.probability()));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        try {
            store.reindex(ref.articleId());
        } catch (StoreException e) {
            // The resolution is stored; only the search lags until the store is next opened.
            ctx.header(INDEX_WARNING, e.getMessage());
        }
        Json.send(ctx, 201, Json.MEDIA_TYPE, event);
    }

    /** The body of a resolution; {@code actor} defaults to "api". */
    record ResolutionRequest(String status, String evidence, String note, String actor, Double probability) {
        ClaimStatus statusValue() {
            if (status == null) {
                throw ApiException.badRequest("a resolution needs a status: confirmed, contradicted, fulfilled, failed"
                        + " or pending");
            }
            try {
                return ClaimStatus.ofCode(status);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("no claim status '" + status + "'");
            }
        }
    }

    private static ResolutionRequest resolutionRequest(Context ctx) {
        try {
            ResolutionRequest request = Json.MAPPER.readValue(ctx.body(), ResolutionRequest.class);
            if (request == null) {
                throw ApiException.badRequest("the body must be a JSON object with status, evidence and note");
            }
            return request;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not a resolution: " + e.getOriginalMessage());
        }
    }

    private TrackedClaim find(ClaimRef ref, LocalDate asOf) {
        return tracker.claim(ref, asOf).orElseThrow(() -> ApiException.notFound("no stored claim " + ref));
    }

    private static ClaimRef ref(Context ctx) {
        try {
            return ClaimRef.parse(ctx.pathParam("ref"));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(e.getMessage());
        }
    }

    static LocalDate asOf(Context ctx) {
        LocalDate date = Params.date(ctx, "asOf");
        return date == null ? LocalDate.now() : date;
    }
}
