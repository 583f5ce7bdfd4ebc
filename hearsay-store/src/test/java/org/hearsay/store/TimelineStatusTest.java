package org.hearsay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Source.Kind;
import org.hearsay.store.tracking.ClaimStatus;
import org.hearsay.store.tracking.TimelineItem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a timeline says about the status of a claim and of its deadline. */
class TimelineStatusTest {
    private static final NewsItem PORT = NewsItem.of("Hafenbote", "https://hafenbote.example/linien", "2026-09-18T12:00", """
            Betreiber dementiert Verlegung
            Der Betreiber Baltrion hat keine Pläne, Liniendienste bis Ende Oktober nach Tschalin zu verlegen. Der \
            Minister kündigte an, das Hafengesetz werde bis Ende Oktober verabschiedet.""")
            .source("s1", Kind.NAMED_ORGANISATION, "Baltrion")
            .source("s2", Kind.NAMED_PERSON, "Arvid Kessling")
            .entity("e1", "LOC", "Tschalin", null)
            .denial("c1", "s1", "Liniendienste werden nach Tschalin verlegt", List.of("e1"), "2026-10-31")
            .trackable("c2", "s2", List.of(), Modality.PROMISE, "Das Hafengesetz für Tschalin wird verabschiedet",
                    List.of("e1"), "2026-10-31");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDenialsDeadlineWaitsForNoVerdictWhileAPromisesIsOverdue(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            store.put(PORT.analysis());
            List<TimelineItem> deadlines = store.tracker().entityTimeline("Tschalin", LocalDate.parse("2026-11-25")).stream()
                    .filter(i -> i.kind() == TimelineItem.Kind.DEADLINE).toList();
            assertEquals(2, deadlines.size(), deadlines.toString());
            assertNull(deadlines.get(0).status(), "the denial's deadline: " + deadlines.get(0));
            assertEquals(ClaimStatus.OVERDUE, deadlines.get(1).status());
        }
    }
}
