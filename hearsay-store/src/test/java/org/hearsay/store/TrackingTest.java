package org.hearsay.store;

import static org.hearsay.store.TrackingCorpus.A;
import static org.hearsay.store.TrackingCorpus.B;
import static org.hearsay.store.TrackingCorpus.C;
import static org.hearsay.store.TrackingCorpus.D;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Source.Kind;
import org.hearsay.store.tracking.ClaimCluster;
import org.hearsay.store.tracking.ClaimEvent;
import org.hearsay.store.tracking.ClaimFilter;
import org.hearsay.store.tracking.ClaimRef;
import org.hearsay.store.tracking.ClaimStatus;
import org.hearsay.store.tracking.CorpusEntity;
import org.hearsay.store.tracking.DuplicateArticle;
import org.hearsay.store.tracking.Duplicates;
import org.hearsay.store.tracking.NearDuplicate;
import org.hearsay.store.tracking.Resolution;
import org.hearsay.store.tracking.TimelineCursor;
import org.hearsay.store.tracking.TimelineItem;
import org.hearsay.store.tracking.TrackRecord;
import org.hearsay.store.tracking.TrackedClaim;
import org.hearsay.store.tracking.Tracker;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tracking across the articles of {@link TrackingCorpus}, on each backend. */
class TrackingTest {
    private static final LocalDate JULY_10 = LocalDate.parse("2026-07-10");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void spellingVariantsAreOneCorpusEntityAnonymousSourcesAreNeverLinked(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir)) {
            try (CorpusStore store = db.open()) {
                TrackingCorpus.storeAll(store);
                Tracker tracker = store.tracker();
                CorpusEntity kiew = new CorpusEntity("LOC:kiv", "LOC", "Kiew");
                assertEquals(List.of(kiew), tracker.entities("Kyiv"));
                assertEquals(List.of(kiew), tracker.entities("Kiev"));
                assertEquals(List.of(new CorpusEntity("ORG:verstka", "ORG", "Werstka")), tracker.entities("VERSTKA"));
                assertEquals(List.of("Moskau"), tracker.entities("Moscow").stream().map(CorpusEntity::name).toList());
                assertEquals(List.of(), tracker.entities("eine Quelle aus dem Kreml"));
                assertEquals(List.of(new CorpusEntity("PER:dmitri peskov", "PER", "Dmitri Peskow")),
                        tracker.entities("Peskov"), "a surname finds the full name");
            }
            try (RawDb raw = db.raw()) {
                assertEquals(List.of(A.id(), B.id(), C.id()).stream().sorted().toList(), raw.column("SELECT article_id"
                        + " FROM entity_links WHERE corpus_entity_id = 'LOC:kiv' ORDER BY article_id"));
                assertEquals(3, raw.number("SELECT COUNT(*) FROM source_links WHERE corpus_entity_id = 'ORG:verstka'"),
                        "the outlet source in A, B and C");
                assertEquals(0, raw.number("SELECT COUNT(*) FROM source_links l JOIN sources s"
                        + " ON s.article_id = l.article_id AND s.id = l.source_id WHERE s.kind = 'ANONYMOUS'"));
                assertEquals(1, raw.number("SELECT COUNT(*) FROM corpus_entities WHERE type = 'PER'"), "Dmitri Peskow");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theSameClaimInTwoOutletsIsOneClusterFirstAppearingWhereItWasPublishedFirst(Backend backend)
            throws SQLException {
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            TrackingCorpus.storeAll(store);
            Tracker tracker = store.tracker();
            ClaimRef aWithdrawal = new ClaimRef(A.id(), "c1");
            TrackedClaim claim = tracker.claim(aWithdrawal, JULY_10).orElseThrow();
            assertEquals(aWithdrawal.toString(), claim.cluster(), "A was stored first and founded the cluster");

            ClaimCluster cluster = tracker.cluster(claim.cluster(), JULY_10).orElseThrow();
            assertEquals(List.of(new ClaimRef(B.id(), "c1"), aWithdrawal, new ClaimRef(C.id(), "c1")),
                    refs(cluster.members()), "D's report of the withdrawal as done is a statement, not the plan");
            assertEquals("Rheinische Rundschau", cluster.firstAppearance().outlet());
            assertEquals(List.of(aWithdrawal, new ClaimRef(C.id(), "c1")),
                    refs(tracker.laterInCluster(new ClaimRef(B.id(), "c1"), JULY_10)));

            String winter = tracker.claim(new ClaimRef(B.id(), "c2"), JULY_10).orElseThrow().cluster();
            assertEquals(1, tracker.cluster(winter, JULY_10).orElseThrow().members().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theSameWordsAboutAnotherPlaceAreAnotherClaim(Backend backend) throws SQLException {
        String bridge = "Die Stadt eröffnet bis Ende Mai die neue Brücke über den Fluss";
        NewsItem lindenau = NewsItem.of("Lindenauer Bote", "https://bote.example/bruecke", "2026-04-01T08:00",
                "Brücke kommt im Mai\nDie Stadt Lindenau eröffnet bis Ende Mai die neue Brücke über den Fluss.")
                .entity("e1", "LOC", "Lindenau", null)
                .trackable("c1", null, List.of(), Modality.PLAN, bridge, List.of("e1"), "2026-05-31");
        NewsItem nordstadt = NewsItem.of("Nordstädter Zeitung", "https://zeitung.example/bruecke", "2026-04-02T08:00",
                "Auch Nordstadt baut\nDie Stadt Nordstadt eröffnet bis Ende Mai die neue Brücke über den Fluss.")
                .entity("e1", "LOC", "Nordstadt", null)
                .trackable("c1", null, List.of(), Modality.PLAN, bridge, List.of("e1"), "2026-05-31");
        NewsItem lindenauAgain = NewsItem.of("Regionalnachrichten", "https://regional.example/lindenau",
                "2026-04-03T08:00", "Lindenaus Brücke\nIn LINDENAU soll die neue Flussbrücke bis Ende Mai fertig sein.")
                .entity("e1", "LOC", "LINDENAU", null)
                .trackable("c1", null, List.of(), Modality.SCHEDULED, bridge, List.of("e1"), "2026-05-31");
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            for (NewsItem item : List.of(lindenau, nordstadt, lindenauAgain)) {
                store.put(item.analysis());
            }
            Tracker tracker = store.tracker();
            String cluster = new ClaimRef(lindenau.id(), "c1").toString();
            assertEquals(List.of(new ClaimRef(lindenau.id(), "c1"), new ClaimRef(lindenauAgain.id(), "c1")),
                    refs(tracker.cluster(cluster, JULY_10).orElseThrow().members()),
                    "a plan and a scheduled event about one town are one claim; the other town's is not");
            assertEquals(new ClaimRef(nordstadt.id(), "c1").toString(),
                    tracker.claim(new ClaimRef(nordstadt.id(), "c1"), JULY_10).orElseThrow().cluster());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSyndicatedCopyIsANearDuplicateOfTheEarlierArticleAndAnotherReportIsNot(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            TrackingCorpus.storeAll(store);
            Tracker tracker = store.tracker();
            NearDuplicate copy = tracker.originalOf(C.id()).orElseThrow();
            assertEquals(A.id(), copy.originalId());
            assertTrue(copy.similarity() >= 0.5 && copy.similarity() < 1, String.valueOf(copy.similarity()));
            assertEquals(List.of(copy), tracker.copiesOf(A.id()));
            assertEquals(Optional.empty(), tracker.originalOf(A.id()));
            assertEquals(Optional.empty(), tracker.originalOf(B.id()), "the same news in other words");
            assertEquals(Optional.empty(), tracker.originalOf(D.id()));

            Duplicates ofCopy = tracker.duplicates(C.id(), 10);
            assertEquals(new DuplicateArticle(A.id(), "https://nordkurier.example/truppen", "Nordkurier",
                    "Kreml erwägt Abzug aus dem Gebiet", LocalDateTime.parse("2026-03-02T09:00"), copy.similarity()),
                    ofCopy.original());
            assertEquals(List.of(), ofCopy.copies());
            Duplicates ofOriginal = tracker.duplicates(A.id(), 10);
            assertNull(ofOriginal.original());
            assertEquals(List.of(C.id() + " Ostsee-Anzeiger Russland will Truppen bis Juni abziehen"),
                    ofOriginal.copies().stream().map(d -> d.id() + " " + d.outlet() + " " + d.title()).toList());
            assertEquals(List.of(), tracker.duplicates(A.id(), 0).copies(), "no copies asked for");
            assertEquals(new Duplicates(null, List.of()), tracker.duplicates(B.id(), 10));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aPendingClaimIsOverdueFromTheDayAfterItsDeadline(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            TrackingCorpus.storeAll(store);
            Tracker tracker = store.tracker();
            ClaimFilter overdue = ClaimFilter.all(LocalDate.parse(TrackingCorpus.WITHDRAWAL_DEADLINE))
                    .withStatus(ClaimStatus.OVERDUE);
            assertEquals(List.of(new ClaimRef(A.id(), "c2"), new ClaimRef(C.id(), "c2")), refs(tracker.claims(overdue)),
                    "on the deadline the withdrawal is still pending, the talks are overdue");
            assertEquals(List.of(new ClaimRef(B.id(), "c1"), new ClaimRef(A.id(), "c1"), new ClaimRef(A.id(), "c2"),
                    new ClaimRef(C.id(), "c1"), new ClaimRef(C.id(), "c2")),
                    refs(tracker.claims(ClaimFilter.all(LocalDate.parse("2026-07-01")).withStatus(ClaimStatus.OVERDUE))));
            assertEquals(ClaimStatus.PENDING, tracker.claim(new ClaimRef(A.id(), "c2"), LocalDate.parse("2026-04-15"))
                    .orElseThrow().status());
            assertEquals(List.of(new ClaimRef(B.id(), "c1"), new ClaimRef(A.id(), "c1"), new ClaimRef(C.id(), "c1")),
                    refs(tracker.claims(ClaimFilter.all(LocalDate.parse("2026-04-20")).withStatus(ClaimStatus.PENDING))),
                    "pending: the trackable ones; B's and D's plain statements wait for no verdict");
            assertEquals(List.of(new ClaimRef(A.id(), "c2"), new ClaimRef(C.id(), "c2")),
                    refs(tracker.claims(ClaimFilter.all(JULY_10).withStatus(ClaimStatus.OVERDUE).withEntity("Kyiv"))));
            assertEquals(List.of(new ClaimRef(B.id(), "c1"), new ClaimRef(A.id(), "c1"), new ClaimRef(C.id(), "c1")),
                    refs(tracker.claims(ClaimFilter.all(JULY_10).withSource("Verstka"))), "relayed through it");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void pagesAfterACursorGiveTheClaimsOfTheWholeListingEachOnce(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            TrackingCorpus.storeAll(store);
            Tracker tracker = store.tracker();
            for (ClaimFilter filter : List.of(ClaimFilter.all(JULY_10),
                    ClaimFilter.all(LocalDate.parse("2026-07-01")).withStatus(ClaimStatus.OVERDUE),
                    ClaimFilter.all(JULY_10).withEntity("Kyiv"), ClaimFilter.all(JULY_10).withOutlet("nordkurier"))) {
                List<ClaimRef> whole = refs(tracker.claims(filter));
                assertTrue(whole.size() >= 2, filter + " lists " + whole);
                List<ClaimRef> paged = new ArrayList<>();
                ClaimRef cursor = null;
                List<TrackedClaim> page;
                do {
                    page = tracker.claims(filter.withLimit(2).after(cursor));
                    paged.addAll(refs(page));
                    cursor = page.isEmpty() ? null : page.get(page.size() - 1).ref();
                } while (page.size() == 2);
                assertEquals(whole, paged, filter.toString());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCursorIsAPositionEvenForAClaimTheFilterLeavesOutAndAnUnknownOneIsRefused(Backend backend)
            throws SQLException {
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            TrackingCorpus.storeAll(store);
            Tracker tracker = store.tracker();
            ClaimFilter overdue = ClaimFilter.all(LocalDate.parse("2026-07-01")).withStatus(ClaimStatus.OVERDUE);
            assertEquals(List.of(new ClaimRef(A.id(), "c1"), new ClaimRef(A.id(), "c2"), new ClaimRef(C.id(), "c1"),
                    new ClaimRef(C.id(), "c2")), refs(tracker.claims(overdue.after(new ClaimRef(B.id(), "c2")))),
                    "B's plain statement is not overdue, but it stands before A's claims");
            assertEquals(List.of(), tracker.claims(overdue.after(new ClaimRef(C.id(), "c2"))), "the last one");
            ClaimRef unknown = new ClaimRef(A.id(), "c9");
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> tracker.claims(overdue.after(unknown)));
            assertTrue(refused.getMessage().contains(unknown.toString()), refused.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> tracker.claims(ClaimFilter.all(JULY_10).withEntity("Atlantis").after(unknown)),
                    "refused also where the listing would be empty");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aResolutionWritesItsEventWithEvidenceAndAnotherOneKeepsTheHistory(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir)) {
            ClaimRef withdrawal = new ClaimRef(A.id(), "c1");
            try (CorpusStore store = db.open()) {
                TrackingCorpus.storeAll(store);
                Tracker july5 = store.tracker(clock("2026-07-05T08:00:00Z"));
                ClaimEvent failed = july5.resolve(withdrawal, new Resolution(ClaimStatus.FAILED,
                        "https://beobachter.example/noch-da", "Truppen stehen noch", "anna", null));
                assertEquals(ClaimStatus.OVERDUE, failed.from(), "resolved after its deadline");

                Tracker july8 = store.tracker(clock("2026-07-08T08:00:00Z"));
                assertThrows(IllegalArgumentException.class, () -> july8.resolve(withdrawal,
                        new Resolution(ClaimStatus.FAILED, null, "nochmal", "anna", null)), "the status it has");
                assertThrows(IllegalArgumentException.class, () -> july8.resolve(withdrawal,
                        new Resolution(ClaimStatus.FULFILLED, "kein-beleg", null, "anna", null)), "not stored evidence");
                assertThrows(IllegalArgumentException.class, () -> new Resolution(ClaimStatus.OVERDUE, "x", null, "anna",
                        null));
                july8.resolve(withdrawal, new Resolution(ClaimStatus.FULFILLED, new ClaimRef(D.id(), "c1").toString(),
                        "Korrektur: Abzug war am 20. Juni abgeschlossen", "ben", null));

                List<ClaimEvent> history = july8.history(withdrawal);
                assertEquals(List.of("overdue>failed https://beobachter.example/noch-da anna 2026-07-05T08:00:00Z",
                        "failed>fulfilled " + D.id() + ":c1 ben 2026-07-08T08:00:00Z"),
                        history.stream().map(e -> e.from().code() + ">" + e.to().code() + " " + e.evidence() + " "
                                + e.actor() + " " + e.at()).toList());
                assertEquals(ClaimStatus.FULFILLED, july8.claim(withdrawal, JULY_10).orElseThrow().status());
            }
            try (RawDb raw = db.raw()) {
                assertEquals(List.of("fulfilled 2026-07-08T08:00:00Z"), raw.column("SELECT status || ' ' ||"
                        + " status_changed_at FROM claims WHERE article_id = ? AND id = 'c1'", A.id()));
                assertEquals(2, raw.number("SELECT COUNT(*) FROM claim_events WHERE article_id = ? AND claim_id = 'c1'",
                        A.id()), "the refused ones wrote nothing");
                assertEquals(List.of("fulfilled", "fulfilled"), raw.column("SELECT status FROM claims WHERE id = 'c1'"
                        + " AND article_id IN (?, ?)", B.id(), C.id()), "B and C, one cluster with A, follow the correction");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void trackRecordsCountOutcomesOnTimeAndLateAndABrierScoreOnlyWithAProbability(Backend backend)
            throws SQLException {
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            TrackingCorpus.storeAll(store);
            // The talks began on 2 May, after their deadline; the withdrawal, shown by D, on time.
            store.tracker(clock("2026-05-02T09:00:00Z")).resolve(new ClaimRef(A.id(), "c2"),
                    new Resolution(ClaimStatus.FULFILLED, "https://nordkurier.example/gespraeche", null, "anna", null));
            store.tracker(clock("2026-07-02T09:00:00Z")).resolve(new ClaimRef(B.id(), "c1"),
                    new Resolution(ClaimStatus.FULFILLED, D.id(), null, "anna", 0.8));
            Tracker tracker = store.tracker();

            assertEquals(List.of(new TrackRecord(TrackRecord.Scope.SPEAKER, "Dmitri Peskow", 1, 0, 0, 0, 1, 0, 0, 0, 1, 0,
                    null)), tracker.trackRecords(TrackRecord.Scope.SPEAKER, "Dmitry Peskov", JULY_10),
                    "the talks, promised in A and in its copy C, count once: as resolved in A");
            assertEquals(List.of("Dmitri Peskow"), tracker.trackRecords(TrackRecord.Scope.SPEAKER, null, JULY_10).stream()
                    .map(TrackRecord::name).toList(), "the anonymous Kremlin sources have no record");

            TrackRecord werstka = tracker.trackRecords(TrackRecord.Scope.SOURCE, "Werstka", JULY_10).get(0);
            assertEquals(new TrackRecord(TrackRecord.Scope.SOURCE, "Werstka", 1, 0, 0, 0, 1, 0, 0, 1, 0, 1, werstka.brier()),
                    werstka, "the withdrawal relayed in A, B and C is one claim, resolved in B");
            assertEquals(0.04, werstka.brier(), 1e-9);

            assertEquals(List.of(new TrackRecord(TrackRecord.Scope.OUTLET, "Nordkurier", 2, 0, 0, 0, 2, 0, 0, 1, 1, 0, null)),
                    tracker.trackRecords(TrackRecord.Scope.OUTLET, "nordkurier", JULY_10),
                    "A's withdrawal is resolved with its cluster in B, on time by D's date; the probability stays B's");
            TrackRecord beforeDeadlines = tracker.trackRecords(TrackRecord.Scope.OUTLET, "Ostsee-Anzeiger",
                    LocalDate.parse("2026-04-01")).get(0);
            assertEquals(0, beforeDeadlines.overdue(), "no deadline had passed");
            assertEquals(2, beforeDeadlines.fulfilled(), "C's claims follow their clusters, resolved in A and B");
            assertNull(beforeDeadlines.brier(), "the probability was given to B's claim, not to its cluster");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aReanalysedArticleKeepsItsClaimsStatusAndProbabilityAndIsLinkedAgain(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            TrackingCorpus.storeAll(store);
            ClaimRef withdrawal = new ClaimRef(A.id(), "c1");
            store.tracker(clock("2026-07-02T09:00:00Z")).resolve(withdrawal,
                    new Resolution(ClaimStatus.FULFILLED, D.id(), null, "anna", 0.6));
            assertEquals(CorpusStore.Change.UPDATED, store.put(A.analysis("config-b")).change());

            Tracker tracker = store.tracker();
            TrackedClaim claim = tracker.claim(withdrawal, JULY_10).orElseThrow();
            assertEquals(ClaimStatus.FULFILLED, claim.status());
            assertEquals(0.6, claim.probability());
            assertEquals(withdrawal.toString(), claim.cluster(), "rejoins the cluster it founded, through C's copy");
            assertEquals(1, tracker.history(withdrawal).size());
            assertEquals(A.id(), tracker.originalOf(C.id()).orElseThrow().originalId());
            assertEquals(3, tracker.entityTimeline("Kyiv", JULY_10).stream()
                    .filter(i -> i.kind() == TimelineItem.Kind.ARTICLE).count());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSpeakerTaggedAPersonInOneArticleAndAnOrganisationInAnotherHasOneTrackRecord(Backend backend)
            throws SQLException {
        NewsItem asCompany = NewsItem.of("Hafenbote", "https://hafenbote.example/angebot", "2026-09-10T08:00",
                "Neues Angebot\nBaltrion Terminals AG will bis Ende September ein neues Angebot vorlegen.")
                .source("s1", Kind.NAMED_ORGANISATION, "Baltrion Terminals AG")
                .trackable("c1", "s1", List.of(), Modality.PLAN, "Baltrion legt bis Ende September ein neues Angebot vor",
                        List.of(), "2026-09-30");
        NewsItem asPerson = NewsItem.of("Rundschau", "https://rundschau.example/kraene", "2026-09-12T08:00",
                "Kräne\nBaltrion Terminals verspricht, die Kräne bis Ende Oktober prüfen zu lassen.")
                .source("s1", Kind.NAMED_PERSON, "Baltrion Terminals")
                .trackable("c1", "s1", List.of(), Modality.PROMISE, "Die Kräne werden bis Ende Oktober geprüft",
                        List.of(), "2026-10-31");
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            store.put(asCompany.analysis());
            store.put(asPerson.analysis());
            Tracker tracker = store.tracker();
            assertEquals(2, tracker.entities("Baltrion Terminals").size(), "linked by type: ORG and PER");
            List<TrackRecord> records = tracker.trackRecords(TrackRecord.Scope.SPEAKER, null, JULY_10);
            assertEquals(List.of("Baltrion Terminals AG 2"), records.stream().map(r -> r.name() + " " + r.trackable())
                    .toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSurnameFindsThePersonAndARestatementCountsOnce(Backend backend) throws SQLException {
        NewsItem fullName = NewsItem.of("Hafenbote", "https://hafenbote.example/gesetz", "2026-09-12T08:00",
                "Gesetz vor der Pause\nMinister Arvid Kessling kündigt das Hafengesetz an. Es komme im Oktober, sagte er.")
                .source("s1", Kind.NAMED_PERSON, "Arvid Kessling")
                .trackable("c1", "s1", List.of(), Modality.PROMISE, "Das Hafengesetz wird vor der Herbstpause verabschiedet",
                        List.of(), "2026-10-02")
                .trackable("c2", "s1", List.of(), Modality.PROMISE, "Es kommt im Oktober", List.of(), "2026-10-02")
                .restates("c2", "c1");
        NewsItem surname = NewsItem.of("Harbour Wire", "https://wire.example/law", "2026-09-14T08:00",
                "Emergency law\nKessling told reporters the emergency law would be used by Friday.")
                .source("s1", Kind.NAMED_PERSON, "Kessling")
                .trackable("c1", "s1", List.of(), Modality.FORECAST, "The emergency law will be used by Friday", List.of(),
                        "2026-09-18");
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            store.put(fullName.analysis());
            store.put(surname.analysis());
            Tracker tracker = store.tracker();
            assertEquals(List.of("Kessling", "Arvid Kessling"),
                    tracker.entities("Kessling").stream().map(CorpusEntity::name).toList());
            assertEquals(tracker.claim(new ClaimRef(fullName.id(), "c1"), JULY_10).orElseThrow().cluster(),
                    tracker.claim(new ClaimRef(fullName.id(), "c2"), JULY_10).orElseThrow().cluster());
            assertEquals(List.of("Arvid Kessling 2"), tracker.trackRecords(TrackRecord.Scope.SPEAKER, "Kessling", JULY_10)
                    .stream().map(r -> r.name() + " " + r.trackable()).toList());
            assertEquals(List.of("Arvid Kessling 1", "Kessling 1"), tracker.trackRecords(TrackRecord.Scope.SPEAKER, null,
                    JULY_10).stream().map(r -> r.name() + " " + r.trackable()).toList(), "linking itself never guesses");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void timelinesMergeArticlesClaimsAndDeadlinesInTimeOrder(Backend backend) throws SQLException {
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            TrackingCorpus.storeAll(store);
            Tracker tracker = store.tracker();
            List<String> deadlines = List.of(A.id(), C.id()).stream().sorted().map(id -> "DEADLINE " + id).toList();
            assertEquals(List.of("ARTICLE " + B.id(), "CLAIM " + B.id(), "ARTICLE " + A.id(), "CLAIM " + A.id(),
                    "ARTICLE " + C.id(), "CLAIM " + C.id(), deadlines.get(0), deadlines.get(1)),
                    entries(tracker.entityTimeline("Kiev", JULY_10)));
            List<TimelineItem> kiev = tracker.entityTimeline("Kiev", JULY_10);
            assertEquals("2026-04-15T23:59:59", kiev.get(6).at().toString());
            assertEquals(ClaimStatus.OVERDUE, kiev.get(6).status());
            assertNull(kiev.get(1).status(), "B's plain statement about Kyiv waits for no verdict");

            String story = new ClaimRef(A.id(), "c1").toString();
            List<String> storyDeadlines = List.of(A.id(), B.id(), C.id()).stream().sorted().map(id -> "DEADLINE " + id)
                    .toList();
            List<String> expected = new ArrayList<>(List.of("ARTICLE " + B.id(), "CLAIM " + B.id(),
                    "ARTICLE " + A.id(), "CLAIM " + A.id(), "ARTICLE " + C.id(), "CLAIM " + C.id()));
            expected.addAll(storyDeadlines);
            assertEquals(expected, entries(tracker.storyTimeline(story, JULY_10)));
            assertEquals(List.of(), tracker.entityTimeline("Atlantis", JULY_10));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void timelinePagesAfterEachKindOfEntryGiveTheWholeTimeline(Backend backend) throws SQLException {
        // At the end of 15 April an article stands with the deadlines of that day, ordered by article id
        // among them; an undated article comes after every deadline.
        NewsItem lateNight = NewsItem.of("Kyiv Independent", "https://independent.example/gespraeche",
                "2026-04-15T23:59:59", """
                Gespräche beginnen um Mitternacht
                Die Delegationen treffen sich noch heute Nacht in Kyiv, teilte das Außenministerium mit.""")
                .entity("e1", "LOC", "Kyiv", null)
                .trackable("c1", null, List.of(), Modality.PLAN, "Die Delegationen treffen sich heute in Kyiv",
                        List.of("e1"), TrackingCorpus.TALKS_DEADLINE);
        NewsItem undated = NewsItem.of("Flugblatt", "https://flugblatt.example/kiew", "2026-01-01T00:00", """
                Hilfskonvoi für Kiew
                Ein Konvoi mit Decken soll Kiew bis Anfang Mai erreichen. Die Spenden kamen aus vier Städten.""")
                .undated()
                .entity("e1", "LOC", "Kiew", null)
                .trackable("c1", null, List.of(), Modality.PLAN, "Ein Konvoi erreicht Kiew bis Anfang Mai",
                        List.of("e1"), "2026-05-01")
                .statement("c2", null, "Die Spenden kamen aus vier Städten", List.of("e1"));
        try (Backend.Location db = backend.create(dir); CorpusStore store = db.open()) {
            TrackingCorpus.storeAll(store);
            store.put(lateNight.analysis());
            store.put(undated.analysis());
            Tracker tracker = store.tracker();
            List<TimelineItem> whole = tracker.entityTimeline("Kiev", JULY_10);
            assertEquals(15, whole.size(), "5 articles, 6 claims, 4 deadlines: " + entries(whole));
            assertEquals(List.of("DEADLINE " + undated.id(), "ARTICLE " + undated.id(), "CLAIM " + undated.id(),
                    "CLAIM " + undated.id()), entries(whole).subList(11, 15));
            for (int limit = 1; limit <= 4; limit++) {
                int pageSize = limit;
                assertEquals(entries(whole), entries(pages(pageSize, after -> tracker.entityTimeline("Kiew", JULY_10,
                        after, pageSize))), "pages of " + limit);
            }
            String story = new ClaimRef(A.id(), "c1").toString();
            assertEquals(entries(tracker.storyTimeline(story, JULY_10)),
                    entries(pages(2, after -> tracker.storyTimeline(story, JULY_10, after, 2))));

            TimelineCursor unknown = TimelineCursor.parse("claim:" + A.id() + ":c9");
            assertThrows(IllegalArgumentException.class, () -> tracker.entityTimeline("Kiew", JULY_10, unknown, 5));
            TimelineCursor noDeadline = TimelineCursor.parse("deadline:" + undated.id() + ":c2");
            assertThrows(IllegalArgumentException.class, () -> tracker.entityTimeline("Kiew", JULY_10, noDeadline, 5),
                    "a plain statement has no deadline entry");
            assertThrows(IllegalArgumentException.class, () -> tracker.entityTimeline("Atlantis", JULY_10, unknown, 5),
                    "refused also where the timeline would be empty");
        }
    }

    /** Every page of a timeline, each after the last entry of the one before, until a short one. */
    private static List<TimelineItem> pages(int limit, Function<TimelineCursor, List<TimelineItem>> page) {
        List<TimelineItem> all = new ArrayList<>();
        List<TimelineItem> last;
        TimelineCursor after = null;
        do {
            last = page.apply(after);
            assertTrue(last.size() <= limit, last.toString());
            all.addAll(last);
            after = last.isEmpty() ? null : last.get(last.size() - 1).cursor();
        } while (last.size() == limit);
        return all;
    }

    private static List<String> entries(List<TimelineItem> items) {
        return items.stream().map(i -> i.kind() + " " + i.articleId()).toList();
    }

    private static List<ClaimRef> refs(List<TrackedClaim> claims) {
        return claims.stream().map(TrackedClaim::ref).toList();
    }

    private static Clock clock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
