package org.hearsay.store;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Span;

/**
 * Hand-built analyses of invented local-news items, numbered: one quoted mayor (source s1 and
 * entity e1), the town (entity e2), a trackable promise (c1), the article's own statement (c2) and
 * as many further statements as asked for.
 */
final class Reports {
    static final String CONFIG = "config-a";

    private Reports() {
    }

    static String url(int n) {
        return "https://lokal.example/lindenau/busse-" + n;
    }

    static Analysis report(int n) {
        return report(n, url(n), "", CONFIG, 0);
    }

    /**
     * @param edition     a sentence appended to the body: a different edition makes different content
     * @param extraClaims statements c3, c4… added after the two standard claims
     */
    static Analysis report(int n, String url, String edition, String config, int extraClaims) {
        String title = "Lindenau plant " + n + " neue Buslinien";
        String body = "Die Stadt Lindenau will bis Ende 2027 insgesamt " + n + " neue Buslinien einrichten, sagte"
                + " Bürgermeisterin Anna Keller am Montag. Die Linien sollen die Ortsteile besser verbinden. " + edition;
        String text = title + "\n" + body.strip();
        Span mayor = find(text, "Anna Keller");
        Span town = find(text, "Lindenau");
        Span promise = find(text, "Die Stadt Lindenau will");
        Span deadline = find(text, "bis Ende 2027");
        Span statement = find(text, "Die Linien sollen die Ortsteile besser verbinden.");

        PublicationTime published = new PublicationTime(LocalDateTime.of(2026, 3, 1 + n % 28, 9, n % 60),
                n % 2 == 0 ? ZoneOffset.ofHours(1) : null, "01.03.2026");
        Article article = new Article(ContentHash.of(text), "busse-" + n + ".txt", "text", url, "Lindenauer Bote",
                title, null, published, "de", text, List.of(new Section(SectionKind.TITLE, new Span(0, title.length())),
                new Section(SectionKind.PARAGRAPH, new Span(title.length() + 1, text.length()))));
        List<Source> sources = List.of(new Source("s1", Source.Kind.NAMED_PERSON, "Anna Keller", List.of(mayor),
                null, "Bürgermeisterin", null, false));
        List<Entity> entities = List.of(
                new Entity("e1", "PER", "Anna Keller", List.of(new Entity.Reference(mayor, "Anna Keller",
                        Entity.Form.NAME)), null, null, "s1"),
                new Entity("e2", "LOC", "Lindenau", List.of(new Entity.Reference(town, "Lindenau", Entity.Form.NAME)),
                        null, null, null));
        List<Claim> claims = new ArrayList<>();
        claims.add(new Claim("c1", "s1", List.of(), null, promise, "Lindenau richtet " + n + " neue Buslinien ein",
                List.of("e2"), Claim.Modality.PROMISE, Claim.Polarity.POSITIVE, Claim.Orientation.FUTURE, null,
                new Claim.ClaimTime(deadline, "bis Ende 2027", "2027", "BY", "2027-12-31"), true,
                "Hat Lindenau bis 31.12.2027 " + n + " neue Buslinien eingerichtet?", "2028-01-01", 0.9, List.of()));
        for (int i = 0; i <= extraClaims; i++) {
            claims.add(new Claim("c" + (i + 2), null, List.of(), null, statement,
                    "Die Linien verbinden die Ortsteile besser", List.of("e2"), Claim.Modality.STATEMENT,
                    Claim.Polarity.POSITIVE, Claim.Orientation.PRESENT, null, null, false, null, null, 0.7, List.of()));
        }
        return Analysis.of(article, new Provenance("test", config, List.of("hand-built")))
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
