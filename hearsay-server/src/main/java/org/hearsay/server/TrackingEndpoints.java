package org.hearsay.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearsay.store.tracking.TimelineCursor;
import org.hearsay.store.tracking.TimelineItem;
import org.hearsay.store.tracking.TrackRecord;
import org.hearsay.store.tracking.Tracker;

/** Timelines of an entity or a story, and track records of sources, outlets and speakers. */
final class TrackingEndpoints {
    private static final Map<String, TrackRecord.Scope> SCOPES = Map.of("source", TrackRecord.Scope.SOURCE,
            "outlet", TrackRecord.Scope.OUTLET, "speaker", TrackRecord.Scope.SPEAKER);
    private final Tracker tracker;

    TrackingEndpoints(Tracker tracker) {
        this.tracker = tracker;
    }

    /**
     * {@code GET /api/timeline?entity=NAME} or {@code ?story=CLUSTER_ID}, with {@code asOf=}, {@code after=}
     * and {@code limit=}: a page of entries in time order; {@code after} names the previous page's last
     * entry ({@code claim:<ref>}, {@code article:<id>}, {@code deadline:<ref>}).
     */
    void timeline(Context ctx) {
        String entity = Params.optional(ctx, "entity");
        String story = Params.optional(ctx, "story");
        if ((entity == null) == (story == null)) {
            throw ApiException.badRequest("give either entity=NAME or story=CLUSTER_ID");
        }
        int limit = Params.limit(ctx);
        TimelineCursor after = cursor(ctx);
        LocalDate asOf = ClaimEndpoints.asOf(ctx);
        List<TimelineItem> items;
        try {
            // One entry more than the page tells whether another page follows.
            items = entity != null ? tracker.entityTimeline(entity, asOf, after, limit + 1)
                    : tracker.storyTimeline(story, asOf, after, limit + 1);
        } catch (IllegalArgumentException e) {
            throw after != null ? ApiException.badRequest("after=" + after + " names no stored timeline entry; pass the"
                    + " \"next\" of the page before") : ApiException.notFound(e.getMessage());
        }
        Json.send(ctx, Page.of(items, limit, item -> item.cursor().toString()));
    }

    /** {@code after}: a timeline entry, or null to start at the beginning. */
    private static TimelineCursor cursor(Context ctx) {
        String after = Params.optional(ctx, "after");
        try {
            return after == null ? null : TimelineCursor.parse(after);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("after must be the \"next\" of a timeline page, such as"
                    + " claim:3f2a9c0d1e4b5a67:c2, not '" + after + "'");
        }
    }

    /**
     * {@code GET /api/track-records?source=NAME} (or {@code outlet=}, {@code speaker=}); an empty
     * value ({@code ?outlet=}) lists every one of that kind, most trackable claims first.
     */
    void trackRecords(Context ctx) {
        List<String> given = SCOPES.keySet().stream().filter(ctx.queryParamMap()::containsKey).toList();
        if (given.size() != 1) {
            throw ApiException.badRequest("give one of source=, outlet= or speaker= (empty for all of that kind)");
        }
        String parameter = given.get(0);
        try {
            Json.send(ctx, tracker.trackRecords(SCOPES.get(parameter), Params.optional(ctx, parameter),
                    ClaimEndpoints.asOf(ctx)));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(e.getMessage());
        }
    }
}
