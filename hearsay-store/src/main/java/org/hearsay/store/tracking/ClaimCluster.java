package org.hearsay.store.tracking;

import java.util.List;

/**
 * The same claim in several articles (a "story").
 *
 * @param id      the ref of the claim that founded the cluster (the first one stored, which need
 *                not be the first one published)
 * @param members every claim in it, earliest publication first (undated last): the first is the
 *                claim's first appearance
 */
public record ClaimCluster(String id, List<TrackedClaim> members) {
    public ClaimCluster {
        members = List.copyOf(members);
    }

    public TrackedClaim firstAppearance() {
        return members.get(0);
    }
}
