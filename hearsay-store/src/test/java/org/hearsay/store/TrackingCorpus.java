package org.hearsay.store;

import java.util.List;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Source.Kind;

/**
 * Four invented reports for the tracking tests, stored in this order:
 * <ol>
 * <li>{@link #A} (Nordkurier, 2 March 09:00): the portal Werstka, citing a source from the Kremlin,
 * says Russia will withdraw troops by the end of June; Dmitri Peskow promises talks in Kiew by mid-April;
 * <li>{@link #B} (Rheinische Rundschau, 1 March 18:00 — earlier, stored later): the same withdrawal
 * claim in other words, from "Verstka" and its own Kremlin source; a statement about Kyiv;
 * <li>{@link #C} (Ostsee-Anzeiger, 2 March 12:00): A syndicated under another headline;
 * <li>{@link #D} (Nordkurier, 20 June): the withdrawal reported as done, in other words.
 * </ol>
 */
final class TrackingCorpus {
    static final String WITHDRAWAL_DEADLINE = "2026-06-30";
    static final String TALKS_DEADLINE = "2026-04-15";

    static final NewsItem A = NewsItem.of("Nordkurier", "https://nordkurier.example/truppen", "2026-03-02T09:00", """
            Kreml erwägt Abzug aus dem Gebiet
            Das Portal Werstka berichtet unter Berufung auf eine Quelle aus dem Kreml, Russland werde bis Ende Juni \
            2026 seine Truppen aus dem umkämpften Gebiet abziehen. Kremlsprecher Dmitri Peskow kündigte zudem an, die \
            Gespräche in Kiew würden spätestens Mitte April beginnen. Beobachter in Brüssel zeigten sich skeptisch, \
            ob die Ankündigungen mehr seien als ein Versuch, Zeit zu gewinnen. Die ukrainische Regierung wollte sich \
            zunächst nicht äußern und verwies auf laufende Beratungen mit den Verbündeten.""")
            .source("s1", Kind.OUTLET, "Werstka")
            .anonymousSource("s2", "eine Quelle aus dem Kreml", "aus dem Kreml")
            .source("s3", Kind.NAMED_PERSON, "Dmitri Peskow")
            .entity("e1", "LOC", "Kiew", null)
            .entity("e2", "ORG", "Werstka", "s1")
            .entity("e3", "LOC", "Russland", null)
            .entity("e4", "PER", "Dmitri Peskow", "s3")
            .trackable("c1", "s2", List.of("s1"), Modality.PLAN,
                    "Russland zieht bis Ende Juni 2026 Truppen aus dem Gebiet ab", List.of("e3"), WITHDRAWAL_DEADLINE)
            .trackable("c2", "s3", List.of(), Modality.PROMISE, "Die Gespräche in Kiew beginnen bis Mitte April",
                    List.of("e1"), TALKS_DEADLINE);

    static final NewsItem B = NewsItem.of("Rheinische Rundschau", "https://rundschau.example/abzug", "2026-03-01T18:00",
            """
            Moskau will Truppen zurückholen
            Nach Angaben des unabhängigen Mediums Verstka, das sich auf eine Quelle aus dem Kreml stützt, wird \
            Russland bis Ende Juni 2026 Truppen aus dem Gebiet abziehen. In Kyiv war der Winter besonders kalt; viele \
            Haushalte hatten tagelang keinen Strom.""")
            .source("s1", Kind.OUTLET, "Verstka")
            .anonymousSource("s2", "eine Quelle aus dem Kreml", "aus dem Kreml")
            .entity("e1", "LOC", "Kyiv", null)
            .entity("e2", "ORG", "Verstka", "s1")
            .entity("e3", "LOC", "Russland", null)
            .entity("e4", "LOC", "Moskau", null)
            .trackable("c1", "s2", List.of("s1"), Modality.PLAN,
                    "Russland wird bis Ende Juni 2026 Truppen aus dem Gebiet abziehen", List.of("e3"),
                    WITHDRAWAL_DEADLINE)
            .statement("c2", null, "Der Winter in Kyiv war besonders kalt", List.of("e1"));

    static final NewsItem C = A.copy("Ostsee-Anzeiger", "https://ostsee-anzeiger.example/abzug", "2026-03-02T12:00",
            "Russland will Truppen bis Juni abziehen");

    static final NewsItem D = NewsItem.of("Nordkurier", "https://nordkurier.example/abgezogen", "2026-06-20T10:00", """
            Letzte Einheiten haben das Gebiet verlassen
            Russland hat die Truppen aus dem Gebiet abgezogen, wie Satellitenbilder zeigen. In Moscow wurde der \
            Schritt als Geste des guten Willens dargestellt.""")
            .entity("e1", "LOC", "Russland", null)
            .entity("e2", "LOC", "Moscow", null)
            .statement("c1", null, "Russland hat die Truppen aus dem Gebiet abgezogen", List.of("e1"));

    private TrackingCorpus() {
    }

    static void storeAll(CorpusStore store) {
        for (NewsItem item : List.of(A, B, C, D)) {
            store.put(item.analysis());
        }
    }
}
