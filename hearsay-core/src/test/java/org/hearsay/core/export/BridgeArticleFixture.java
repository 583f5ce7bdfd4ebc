package org.hearsay.core.export;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Provenance;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.SourceRelay;
import org.hearsay.core.model.Span;

/**
 * An invented German mini-article with every layer the exports and the summary read, built by
 * hand: an outlet that relays two anonymous officials, a mayor with a conditional plan and a
 * trackable promise, an insider without claims, and one claim the article makes itself. Shared
 * with the CLI's tests.
 */
public final class BridgeArticleFixture {
    public static final String TEXT = """
            Lindenau verschiebt den Bau der Hafenbrücke
            Die Stadt wird die Hafenbrücke nicht vor dem Herbst bauen, berichtet das Portal Flussblick.
            Das Portal beruft sich auf zwei Mitarbeiter aus dem Städtischen Bauamt (SBA).
            Die Mittel seien noch nicht freigegeben, sagten die Mitarbeiter.
            „Wir fangen erst an, wenn das Geld da ist“, sagte Bürgermeisterin Karla Stein.
            Sie versprach, die Brücke bis Ende 2026 fertigzustellen.
            Ein mit den Plänen vertrauter Architekt nannte den Zeitplan „sportlich“.
            Der Stadtrat tagt am 3. März.
            """;
    public static final String OUTLET = "Lindenauer Rundschau";

    private BridgeArticleFixture() {
    }

    public static Analysis analysis() {
        return withoutClaimsAndEntities()
                .with(Layers.ENTITIES, entities())
                .with(Layers.CLAIMS, claims());
    }

    /** The same article as the quotation stage alone leaves it. */
    public static Analysis withoutClaimsAndEntities() {
        Article article = new Article(ContentHash.of(TEXT), "mem", "text", "https://rundschau.example/lindenau-hafenbruecke",
                OUTLET, "Lindenau verschiebt den Bau der Hafenbrücke", null,
                new PublicationTime(LocalDateTime.of(2026, 2, 20, 9, 15), ZoneOffset.ofHours(1), "20.02.2026 09:15"),
                "de", TEXT, List.of());
        return Analysis.of(article, new Provenance("test", "fixture", List.of("by hand")))
                .with(Layers.QUOTATIONS, quotations())
                .with(Layers.SOURCES, sources())
                .with(Layers.SOURCE_RELAYS, List.of(new SourceRelay("s1", "s2", span("beruft sich auf"))));
    }

    private static List<Source> sources() {
        return List.of(
                new Source("s1", Source.Kind.OUTLET, "Flussblick", List.of(span("Portal Flussblick"), span("Das Portal")),
                        null, "Lokalportal", null, false),
                new Source("s2", Source.Kind.ANONYMOUS, "zwei Mitarbeiter aus dem Städtischen Bauamt",
                        List.of(span("zwei Mitarbeiter aus dem Städtischen Bauamt"), span("die Mitarbeiter")),
                        "OFFICIAL", "aus dem Städtischen Bauamt", 2, true),
                new Source("s3", Source.Kind.NAMED_PERSON, "Karla Stein", List.of(span("Karla Stein"), span("Sie")),
                        null, null, null, false),
                new Source("s4", Source.Kind.ANONYMOUS, "Ein mit den Plänen vertrauter Architekt",
                        List.of(span("Ein mit den Plänen vertrauter Architekt")), "INSIDER", "mit den Plänen vertraut", null,
                        false));
    }

    private static List<Quotation> quotations() {
        return List.of(
                quotation(Quotation.Type.INDIRECT, "Die Stadt wird die Hafenbrücke nicht vor dem Herbst bauen",
                        span("berichtet"), "das Portal Flussblick", "s1", List.of()),
                quotation(Quotation.Type.INDIRECT, "Die Mittel seien noch nicht freigegeben", span("sagten"),
                        "die Mitarbeiter", "s2", List.of("s1")),
                quotation(Quotation.Type.DIRECT, "Wir fangen erst an, wenn das Geld da ist",
                        spanIn("sagte Bürgermeisterin", "sagte"), "Bürgermeisterin Karla Stein", "s3", List.of()),
                quotation(Quotation.Type.REPORTED, "die Brücke bis Ende 2026 fertigzustellen", span("versprach"), "Sie",
                        "s3", List.of()),
                quotation(Quotation.Type.REPORTED, "den Zeitplan „sportlich“", span("nannte"),
                        "Ein mit den Plänen vertrauter Architekt", "s4", List.of()));
    }

    private static Quotation quotation(Quotation.Type type, String content, Span cue, String speaker, String source,
                                       List<String> relayedBy) {
        return new Quotation(type, List.of(span(content)), cue, null, null, span(speaker), null, null, source, false,
                relayedBy);
    }

    private static List<Entity> entities() {
        return List.of(
                new Entity("e1", "LOC", "Lindenau", List.of(ref("Lindenau", Entity.Form.NAME),
                        ref("Die Stadt", Entity.Form.DESCRIPTION)), null, "city government of Lindenau", null),
                new Entity("e2", "MISC", "Hafenbrücke", List.of(ref("Hafenbrücke", Entity.Form.NAME),
                        ref("die Brücke", Entity.Form.DESCRIPTION)), null, null, null),
                new Entity("e3", "ORG", "Städtisches Bauamt", List.of(ref("Städtischen Bauamt", Entity.Form.NAME),
                        ref("SBA", Entity.Form.ABBREVIATION)), "SBA", null, null),
                new Entity("e4", "PER", "Karla Stein", List.of(ref("Karla Stein", Entity.Form.NAME),
                        ref("Sie", Entity.Form.PRONOUN)), null, null, "s3"),
                new Entity("e5", "ORG", "Flussblick", List.of(ref("Flussblick", Entity.Form.NAME),
                        ref("Das Portal", Entity.Form.DESCRIPTION)), null, null, "s1"));
    }

    private static Entity.Reference ref(String text, Entity.Form form) {
        Span span = span(text);
        return new Entity.Reference(span, span.of(TEXT), form);
    }

    private static List<Claim> claims() {
        return List.of(
                new Claim("c1", "s1", List.of(), 0, span("Die Stadt wird die Hafenbrücke nicht vor dem Herbst bauen"),
                        "Die Stadt baut die Hafenbrücke vor dem Herbst", List.of("e1", "e2"), Claim.Modality.FORECAST,
                        Claim.Polarity.NEGATIVE, Claim.Orientation.FUTURE, null,
                        new Claim.ClaimTime(span("Herbst"), "Herbst", "2026-FA", "BEFORE", null), false, null, null, 0.8,
                        List.of()),
                new Claim("c2", "s2", List.of("s1"), 1, span("Die Mittel seien noch nicht freigegeben"),
                        "Die Mittel sind freigegeben", List.of(), Claim.Modality.STATEMENT, Claim.Polarity.NEGATIVE,
                        Claim.Orientation.PRESENT, null, null, false, null, null, 0.9, List.of()),
                new Claim("c3", "s3", List.of(), 2, span("Wir fangen erst an, wenn das Geld da ist"),
                        "Lindenau fängt mit dem Bau an", List.of("e1"), Claim.Modality.PLAN, Claim.Polarity.POSITIVE,
                        Claim.Orientation.FUTURE,
                        new Claim.Condition(span("wenn das Geld da ist"), "wenn das Geld da ist", "wenn", Claim.ConditionKind.ONLY_IF),
                        null, false, null, null, 0.7, List.of()),
                new Claim("c4", "s3", List.of(), 3, span("die Brücke bis Ende 2026 fertigzustellen"),
                        "Karla Stein stellt die Hafenbrücke bis Ende 2026 fertig", List.of("e4", "e2"), Claim.Modality.PROMISE,
                        Claim.Polarity.POSITIVE, Claim.Orientation.FUTURE, null,
                        new Claim.ClaimTime(span("Ende 2026"), "Ende 2026", "2026", "UNTIL", "2026-12-31"), true,
                        "Wurde die Hafenbrücke bis 31.12.2026 fertiggestellt?", "2027-01-01", 0.9, List.of()),
                new Claim("c5", null, List.of(), null, span("Der Stadtrat tagt am 3. März"), "Der Stadtrat tagt am 3. März",
                        List.of(), Claim.Modality.SCHEDULED, Claim.Polarity.POSITIVE, Claim.Orientation.FUTURE, null,
                        new Claim.ClaimTime(span("3. März"), "3. März", "2026-03-03", null, null), false, null, null, 0.9,
                        List.of()));
    }

    /** The first occurrence of a phrase: the fixture's phrases are chosen to be unique. */
    private static Span span(String phrase) {
        int start = TEXT.indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException("not in the fixture text: " + phrase);
        }
        return new Span(start, start + phrase.length());
    }

    /** A word inside the first occurrence of a longer phrase ("sagte" in "sagte Bürgermeisterin", not in "sagten"). */
    private static Span spanIn(String phrase, String word) {
        int start = span(phrase).start() + phrase.indexOf(word);
        return new Span(start, start + word.length());
    }
}
