package org.hearsay.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
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

    /** {@code GET /api/timeline?entity=NAME} or {@code ?story=CLUSTER_ID}, with {@code asOf=}. */
    void timeline(Context ctx) {
        String entity = Params.optional(ctx, "entity");
        String story = Params.optional(ctx, "story");
        if ((entity == null) == (story == null)) {
            throw ApiException.badRequest("give either entity=NAME or story=CLUSTER_ID");
        }
        try {
            Json.send(ctx, entity != null ? tracker.entityTimeline(entity, ClaimEndpoints.asOf(ctx))
                    : tracker.storyTimeline(story, ClaimEndpoints.asOf(ctx)));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(e.getMessage());
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
