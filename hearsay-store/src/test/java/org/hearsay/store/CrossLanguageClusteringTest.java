package org.hearsay.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Source.Kind;
import org.hearsay.store.tracking.ClaimEvent;
import org.hearsay.store.tracking.ClaimRef;
import org.hearsay.store.tracking.ClaimStatus;
import org.hearsay.store.tracking.Resolution;
import org.hearsay.store.tracking.TrackRecord;
import org.hearsay.store.tracking.Tracker;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One claim reported in German and in English: words differ, holder, subject and deadline do not. */
class CrossLanguageClusteringTest {
    private static final LocalDate MAY_1 = LocalDate.parse("2026-05-01");

    private static final NewsItem GERMAN = NewsItem.of("Nordkurier", "https://nordkurier.example/gespraeche",
            "2026-03-02T09:00", """
            Peskow kündigt Gespräche an
            Kremlsprecher Dmitri Peskow kündigte an, die Gespräche in Kiew würden spätestens Mitte April beginnen. \
            Zugleich sagte er, die Gaslieferungen nach Ungarn würden bis Mitte April verdoppelt.""")
            .source("s1", Kind.NAMED_PERSON, "Dmitri Peskow")
            .entity("e1", "LOC", "Kiew", null)
            .entity("e2", "PER", "Dmitri Peskow", "s1")
            .entity("e3", "LOC", "Ungarn", null)
            .trackable("c1", "s1", List.of(), Modality.PROMISE, "Die Gespräche in Kiew beginnen bis Mitte April",
                    List.of("e1"), "2026-04-15")
            .trackable("c2", "s1", List.of(), Modality.PLAN, "Die Gaslieferungen nach Ungarn werden verdoppelt",
                    List.of("e3"), "2026-04-15");

    private static final NewsItem ENGLISH = NewsItem.of("Harbour Wire", "https://wire.example/talks",
            "2026-03-03T07:00", """
            Kremlin promises talks
            Kremlin spokesman Dmitry Peskov said talks in Kyiv would begin by mid-April at the latest. He also said \
            grain exports to Egypt would double by mid-April.""")
            .english()
            .source("s1", Kind.NAMED_PERSON, "Dmitry Peskov")
            .entity("e1", "LOC", "Kyiv", null)
            .entity("e2", "PER", "Dmitry Peskov", "s1")
            .entity("e3", "LOC", "Egypt", null)
            .trackable("c1", "s1", List.of(), Modality.FORECAST, "talks in Kyiv would begin by mid-April",
                    List.of("e1"), "2026-04-15")
            .trackable("c2", "s1", List.of(), Modality.PLAN, "grain exports to Egypt would double", List.of("e3"),
                    "2026-04-15");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theEnglishReportOfAGermanClaimJoinsItsClusterAndCountsOnceInTheTrackRecord(Backend backend)
            throws SQLException {
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            store.put(GERMAN.analysis());
            store.put(ENGLISH.analysis());
            Tracker tracker = store.tracker();
            ClaimRef talks = new ClaimRef(GERMAN.id(), "c1");
            assertEquals(talks.toString(), cluster(tracker, ENGLISH.id(), "c1"),
                    "same speaker, place and deadline; a promise and a forecast of one event");
            assertEquals(new ClaimRef(GERMAN.id(), "c2").toString(), cluster(tracker, GERMAN.id(), "c2"));
            assertEquals(new ClaimRef(ENGLISH.id(), "c2").toString(), cluster(tracker, ENGLISH.id(), "c2"),
                    "same speaker and deadline, but another country: another claim");

            tracker.resolve(talks, new Resolution(ClaimStatus.FAILED, null, "no talks took place", "anna", null));
            TrackRecord peskov = tracker.trackRecords(TrackRecord.Scope.SPEAKER, "Peskov", MAY_1).get(0);
            assertEquals(3, peskov.trackable(), "the talks count once, the gas and the grain once each");
            assertEquals(1, peskov.failed());
            assertEquals(2, peskov.overdue());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aResolutionHoldsForTheClusterNowAndForReportsStoredLaterButNotForMembersJudgedOnTheirOwn(Backend backend)
            throws SQLException {
        NewsItem reprint = ENGLISH.copy("Valmaria Ledger", "https://ledger.example/talks", "2026-03-05T08:00",
                "Peskov repeats promise of talks");
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            store.put(GERMAN.analysis());
            store.put(ENGLISH.analysis());
            Tracker tracker = store.tracker();
            ClaimRef talks = new ClaimRef(GERMAN.id(), "c1");
            ClaimRef english = new ClaimRef(ENGLISH.id(), "c1");
            tracker.resolve(english, new Resolution(ClaimStatus.CONFIRMED, null, "a correspondent saw the talks open",
                    "ben", null));
            tracker.resolve(talks, new Resolution(ClaimStatus.FAILED, ENGLISH.id(), "no talks by mid-April", "anna", null));
            assertEquals(ClaimStatus.CONFIRMED, tracker.claim(english, MAY_1).orElseThrow().status(),
                    "judged on its own before, so it keeps its own verdict");

            store.put(reprint.analysis());
            ClaimRef reprinted = new ClaimRef(reprint.id(), "c1");
            assertEquals(ClaimStatus.FAILED, tracker.claim(reprinted, MAY_1).orElseThrow().status());
            ClaimEvent inherited = tracker.history(reprinted).get(0);
            assertEquals(talks.toString(), inherited.evidence(), "the resolved claim is the evidence");
            assertEquals(ClaimStatus.OVERDUE, tracker.claim(new ClaimRef(reprint.id(), "c2"), MAY_1).orElseThrow().status(),
                    "the grain exports were never judged");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aResolutionSpreadsToTheMembersStillPending(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            store.put(GERMAN.analysis());
            store.put(ENGLISH.analysis());
            Tracker tracker = store.tracker(Clock.fixed(Instant.parse("2026-04-10T12:00:00Z"), ZoneOffset.UTC));
            tracker.resolve(new ClaimRef(GERMAN.id(), "c1"),
                    new Resolution(ClaimStatus.FULFILLED, null, "talks opened on 10 April", "anna", null));
            ClaimRef english = new ClaimRef(ENGLISH.id(), "c1");
            assertEquals(ClaimStatus.FULFILLED, tracker.claim(english, MAY_1).orElseThrow().status());
            ClaimEvent spread = tracker.history(english).get(0);
            assertEquals(ClaimStatus.PENDING, spread.from(), "resolved before its deadline had passed");
            assertEquals("anna", spread.actor());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoGermanClaimsWithTheSameAnchorsButOtherWordsStayApart(Backend backend) throws SQLException {
        NewsItem other = NewsItem.of("Ostsee-Anzeiger", "https://ostsee.example/peskow", "2026-03-04T10:00", """
                Peskow über Kiew
                Dmitri Peskow sagte, der Wiederaufbau der Brücken in Kiew sei bis Mitte April abgeschlossen.""")
                .source("s1", Kind.NAMED_PERSON, "Dmitri Peskow")
                .entity("e1", "LOC", "Kiew", null)
                .entity("e2", "PER", "Dmitri Peskow", "s1")
                .trackable("c1", "s1", List.of(), Modality.PROMISE, "Der Wiederaufbau der Brücken in Kiew ist abgeschlossen",
                        List.of("e1"), "2026-04-15");
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            store.put(GERMAN.analysis());
            store.put(other.analysis());
            assertNotEquals(cluster(store.tracker(), GERMAN.id(), "c1"), cluster(store.tracker(), other.id(), "c1"),
                    "within one language the words decide; anchors only bridge languages");
        }
    }

    private static String cluster(Tracker tracker, String articleId, String claimId) {
        return tracker.claim(new ClaimRef(articleId, claimId), MAY_1).orElseThrow().cluster();
    }
}
