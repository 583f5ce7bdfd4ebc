package org.hearsay.store.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Track records over every trackable claim: grouped by speaker (the holder's corpus entity), by
 * source (the holder and every corpus-linked source the claim was relayed through) or by outlet
 * (case-insensitive). Speakers and sources are grouped by name key across types: one speaker tagged
 * a person in one article and an organisation in another is still one speaker. Reads all trackable
 * claims once; a report, not a per-request query.
 */
final class TrackRecords {
    private final Connection connection;

    TrackRecords(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param wanted which group keys to report ({@link #key name keys}, or lower-case outlets); null for all
     * @param asOne  the name of one record for all wanted groups (the names one query stands for:
     *               "Kessling" and "Arvid Kessling"); null for a record per group
     */
    List<TrackRecord> compute(TrackRecord.Scope scope, Predicate<String> wanted, String asOne, LocalDate asOf)
            throws SQLException {
        List<TrackedClaim> claims = new ClaimQuery(asOf).trackable().run(connection, Integer.MAX_VALUE);
        Map<ClaimRef, LocalDate> resolvedOn = new Resolutions(connection).effectiveDates();
        Map<ClaimRef, List<CorpusEntity>> relays = scope == TrackRecord.Scope.SOURCE ? relays() : Map.of();
        Map<String, TrackRecordTally> tallies = new LinkedHashMap<>();
        for (TrackedClaim claim : claims) {
            Map<String, String> groups = new LinkedHashMap<>();
            switch (scope) {
                case OUTLET -> {
                    if (claim.outlet() != null) {
                        groups.put(claim.outlet().toLowerCase(Locale.ROOT), claim.outlet());
                    }
                }
                case SPEAKER, SOURCE -> {
                    if (claim.holderEntity() != null) {
                        groups.put(key(claim.holderEntity()), claim.holderEntity().name());
                    }
                    for (CorpusEntity relay : relays.getOrDefault(claim.ref(), List.of())) {
                        groups.putIfAbsent(key(relay), relay.name());
                    }
                }
            }
            for (Map.Entry<String, String> group : groups.entrySet()) {
                if (wanted == null || wanted.test(group.getKey())) {
                    String name = asOne != null ? asOne : group.getValue();
                    tallies.computeIfAbsent(asOne != null ? "" : group.getKey(), k -> new TrackRecordTally(scope, name))
                            .add(claim);
                }
            }
        }
        List<TrackRecord> records = new ArrayList<>(tallies.values().stream().map(t -> t.record(resolvedOn)).toList());
        records.sort(Comparator.comparingInt(TrackRecord::trackable).reversed().thenComparing(TrackRecord::name));
        return records;
    }

    /** A corpus entity's name key: its id without the type. */
    static String key(CorpusEntity entity) {
        return entity.id().substring(entity.id().indexOf(':') + 1);
    }

    /** The corpus-linked relay sources of every claim that has any. */
    private Map<ClaimRef, List<CorpusEntity>> relays() throws SQLException {
        Map<ClaimRef, List<CorpusEntity>> relays = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT r.article_id, r.claim_id, e.id, e.type, e.name"
                + " FROM claim_relays r JOIN source_links l ON l.article_id = r.article_id AND l.source_id = r.source_id"
                + " JOIN corpus_entities e ON e.id = l.corpus_entity_id ORDER BY r.article_id, r.claim_id, r.position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                relays.computeIfAbsent(new ClaimRef(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
                        .add(new CorpusEntity(rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return relays;
    }
}
