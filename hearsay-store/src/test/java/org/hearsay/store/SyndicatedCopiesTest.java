package org.hearsay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.store.tracking.ClaimRef;
import org.hearsay.store.tracking.NearDuplicate;
import org.hearsay.store.tracking.Tracker;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One agency text bought by several papers: each copy points at the original and joins its claims'
 * clusters, and the copies stay out of the candidate indexes, which therefore do not grow with them.
 */
class SyndicatedCopiesTest {
    private static final NewsItem AGENCY = NewsItem.of("Harbour Wire", "https://wire.example/faehre", "2026-05-04T06:00",
            """
            Fähre nach Lindholm fällt bis Juni aus
            Die Fährverbindung zwischen dem Festland und der Insel Lindholm bleibt bis Anfang Juni eingestellt. Das \
            teilte die Reederei am Montagmorgen in Kaltenhafen mit. Grund seien Schäden am Anleger, die bei einem \
            Sturm in der vergangenen Woche entstanden waren. Ein Gutachter habe festgestellt, dass die Pfähle an der \
            Nordseite des Anlegers ersetzt werden müssten. Bis dahin sollen Pendler mit einem Ersatzboot vom \
            Fischereihafen übersetzen, das allerdings nur vierzig Fahrgäste und keine Fahrzeuge befördern kann. Die \
            Inselgemeinde forderte das Land auf, die Reparatur zu beschleunigen, weil der Lieferverkehr für Läden und \
            Arztpraxen auf der Insel schon jetzt stocke. Der Bürgermeister sprach von einer Belastungsprobe für die \
            rund zweitausend Einwohner. Das Verkehrsministerium kündigte an, die Kosten für das Ersatzboot zu \
            übernehmen und prüfe zusätzliche Fahrten am Wochenende.""")
            .trackable("c1", null, List.of(), Modality.SCHEDULED,
                    "Die Fährverbindung nach Lindholm bleibt bis Anfang Juni eingestellt", List.of(), "2026-06-05");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyCopyPointsAtTheOriginalAndOnlyTheEarliestTextIndexesItsBands(Backend backend) throws SQLException {
        NewsItem first = AGENCY.copy("Kaltenhafener Zeitung", "https://kz.example/faehre", "2026-05-04T08:00",
                "Lindholm ohne Fähre");
        NewsItem second = AGENCY.copy("Inselbote", "https://inselbote.example/faehre", "2026-05-04T09:30",
                "Anleger beschädigt: Fähre steht still");
        NewsItem earlier = AGENCY.copy("Frühpost", "https://fruehpost.example/faehre", "2026-05-04T05:00",
                "Fährausfall bis Juni");
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            for (NewsItem item : List.of(AGENCY, first, second)) {
                store.put(item.analysis());
            }
            Tracker tracker = store.tracker();
            NearDuplicate copy = tracker.originalOf(first.id()).orElseThrow();
            assertTrue(copy.similarity() >= 0.9, "only the headline differs: " + copy.similarity());
            assertEquals(AGENCY.id(), tracker.originalOf(second.id()).orElseThrow().originalId(),
                    "the second copy finds the agency text, not the first copy");
            assertEquals(Set.of(first.id(), second.id()),
                    tracker.copiesOf(AGENCY.id()).stream().map(NearDuplicate::articleId).collect(Collectors.toSet()));

            store.put(earlier.analysis());
            assertEquals(earlier.id(), tracker.originalOf(AGENCY.id()).orElseThrow().originalId(),
                    "published before the agency text, stored after it: the new original");
            for (NewsItem item : List.of(first, second, earlier)) {
                assertEquals(new ClaimRef(AGENCY.id(), "c1").toString(),
                        tracker.claim(new ClaimRef(item.id(), "c1"), LocalDate.parse("2026-05-05")).orElseThrow().cluster());
            }
            try (RawDb raw = db.raw()) {
                assertEquals(List.of(AGENCY.id(), earlier.id()).stream().sorted().toList(),
                        raw.column("SELECT DISTINCT article_id FROM article_bands ORDER BY article_id"),
                        "later copies add no bands; an earlier text does");
                assertEquals(List.of(AGENCY.id()), raw.column("SELECT DISTINCT article_id FROM claim_terms"),
                        "a claim with exactly its match's terms adds none to the candidate index");
            }
        }
    }
}
