package org.hearsay.server;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Provenance;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Span;
import org.hearsay.store.CorpusStores;
import org.hearsay.store.search.IndexedStore;

/**
 * A store of hand-built analyses of invented reports from one town: in each, its mayor Anna Keller
 * (source s1, entity e1) promises a number of new bus lines by the end of 2027 (claim c1, trackable)
 * about the town Lindenau (entity e2), and the article states that the lines connect the districts
 * (claim c2). Odd-numbered reports come from a second outlet, and report 0 has no date.
 */
final class Newsroom {
    static final int REPORTS = 7;

    private Newsroom() {
    }

    static IndexedStore store(Path dir) {
        IndexedStore store = CorpusStores.open(dir.resolve("corpus.db").toString(), null);
        for (int n = 0; n < REPORTS; n++) {
            store.put(report(n));
        }
        return store;
    }

    static String outlet(int n) {
        return n % 2 == 0 ? "Lindenauer Bote" : "Kreisanzeiger";
    }

    static Analysis report(int n) {
        String title = "Lindenau plant " + n + " neue Buslinien";
        String body = "Die Stadt Lindenau will bis Ende 2027 insgesamt " + n + " neue Buslinien einrichten, sagte"
                + " Bürgermeisterin Anna Keller. Die Linien sollen die Ortsteile besser verbinden.";
        String text = title + "\n" + body;
        PublicationTime published = n == 0 ? null
                : new PublicationTime(LocalDateTime.of(2026, 3, n, 9, 0), null, "0" + n + ".03.2026");
        Article article = new Article(ContentHash.of(text), "busse-" + n + ".txt", "text",
                "https://lokal.example/busse-" + n, outlet(n), title, null, published, "de", text, List.of());
        Span mayor = find(text, "Anna Keller");
        List<Source> sources = List.of(new Source("s1", Source.Kind.NAMED_PERSON, "Anna Keller", List.of(mayor), null,
                "Bürgermeisterin", null, false));
        List<Entity> entities = List.of(
                new Entity("e1", "PER", "Anna Keller", List.of(new Entity.Reference(mayor, "Anna Keller",
                        Entity.Form.NAME)), null, null, "s1"),
                new Entity("e2", "LOC", "Lindenau", List.of(new Entity.Reference(find(text, "Lindenau"), "Lindenau",
                        Entity.Form.NAME)), null, null, null));
        List<Claim> claims = new ArrayList<>();
        claims.add(new Claim("c1", "s1", List.of(), null, find(text, "Die Stadt Lindenau will"),
                "Lindenau richtet " + n + " neue Buslinien ein", List.of("e2"), Claim.Modality.PROMISE,
                Claim.Polarity.POSITIVE, Claim.Orientation.FUTURE, null,
                new Claim.ClaimTime(find(text, "bis Ende 2027"), "bis Ende 2027", "2027", "BY", "2027-12-31"), true,
                "Hat Lindenau bis 31.12.2027 " + n + " neue Buslinien eingerichtet?", "2028-01-01", 0.9, List.of()));
        claims.add(new Claim("c2", null, List.of(), null,
                find(text, "Die Linien sollen die Ortsteile besser verbinden."),
                "Die Linien verbinden die Ortsteile besser", List.of("e2"), Claim.Modality.STATEMENT,
                Claim.Polarity.POSITIVE, Claim.Orientation.PRESENT, null, null, false, null, null, 0.7, List.of()));
        return Analysis.of(article, new Provenance("test", "hand-built", List.of("hand-built")))
                .with(Layers.SOURCES, sources)
                .with(Layers.ENTITIES, entities)
                .with(Layers.CLAIMS, claims);
    }

    private static Span find(String text, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' not in " + text);
        }
        return new Span(start, start + words.length());
    }
}
