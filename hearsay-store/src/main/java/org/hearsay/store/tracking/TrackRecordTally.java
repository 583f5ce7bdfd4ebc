package org.hearsay.store.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts one track record. A claim repeated in several articles (one cluster) counts once: as the
 * member a person resolved last, else as overdue when a member is, else as pending.
 */
final class TrackRecordTally {
    private static final Comparator<TrackedClaim> LAST_CHANGED = Comparator.comparing(TrackedClaim::statusChangedAt,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private final TrackRecord.Scope scope;
    private final String name;
    private final Map<String, List<TrackedClaim>> byCluster = new LinkedHashMap<>();

    TrackRecordTally(TrackRecord.Scope scope, String name) {
        this.scope = scope;
        this.name = name;
    }

    void add(TrackedClaim claim) {
        String cluster = claim.cluster() != null ? claim.cluster() : claim.ref().toString();
        List<TrackedClaim> members = byCluster.computeIfAbsent(cluster, k -> new ArrayList<>());
        if (!members.contains(claim)) {
            members.add(claim);
        }
    }

    /** @param resolvedOn the date each resolved claim's resolution took effect */
    TrackRecord record(Map<ClaimRef, LocalDate> resolvedOn) {
        int[] byStatus = new int[ClaimStatus.values().length];
        int onTime = 0;
        int late = 0;
        int brierCount = 0;
        double brierSum = 0;
        for (List<TrackedClaim> members : byCluster.values()) {
            TrackedClaim claim = representative(members);
            byStatus[claim.status().ordinal()]++;
            if (!claim.status().resolved()) {
                continue;
            }
            LocalDate resolved = resolvedOn.get(claim.ref());
            if (claim.deadline() != null && resolved != null) {
                if (resolved.isAfter(claim.deadline())) {
                    late++;
                } else {
                    onTime++;
                }
            }
            if (claim.probability() != null) {
                double error = claim.probability() - (claim.status().held() ? 1 : 0);
                brierSum += error * error;
                brierCount++;
            }
        }
        return new TrackRecord(scope, name, byCluster.size(), byStatus[ClaimStatus.PENDING.ordinal()],
                byStatus[ClaimStatus.OVERDUE.ordinal()], byStatus[ClaimStatus.CONFIRMED.ordinal()],
                byStatus[ClaimStatus.FULFILLED.ordinal()], byStatus[ClaimStatus.CONTRADICTED.ordinal()],
                byStatus[ClaimStatus.FAILED.ordinal()], onTime, late, brierCount,
                brierCount == 0 ? null : brierSum / brierCount);
    }

    private static TrackedClaim representative(List<TrackedClaim> members) {
        return members.stream().filter(c -> c.status().resolved()).max(LAST_CHANGED)
                .or(() -> members.stream().filter(c -> c.status() == ClaimStatus.OVERDUE).findFirst())
                .orElse(members.get(0));
    }
}
