package org.hearsay.store;

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

/**
 * A hand-built analysis of an invented German news item, put together record by record: the
 * sources, entities and claims a test needs, each pointing at the start of the text (tracking reads
 * names and propositions, not offsets).
 */
final class NewsItem {
    private static final Span START = new Span(0, 1);

    private final String outlet;
    private final String url;
    private LocalDateTime published;
    private final String text;
    private final List<Source> sources = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private String language = "de";

    private NewsItem(String outlet, String url, LocalDateTime published, String text) {
        this.outlet = outlet;
        this.url = url;
        this.published = published;
        this.text = text;
    }

    /** @param published ISO local date-time, "2026-03-02T09:00" */
    static NewsItem of(String outlet, String url, String published, String text) {
        return new NewsItem(outlet, url, LocalDateTime.parse(published), text);
    }

    /** The item without a publication time. */
    NewsItem undated() {
        published = null;
        return this;
    }

    /** The item in English (items are German unless said otherwise). */
    NewsItem english() {
        language = "en";
        return this;
    }

    NewsItem source(String id, Source.Kind kind, String name) {
        sources.add(new Source(id, kind, name, List.of(START), null, null, null, false));
        return this;
    }

    NewsItem anonymousSource(String id, String description, String affiliation) {
        sources.add(new Source(id, Source.Kind.ANONYMOUS, description, List.of(START), "OFFICIAL", affiliation, null,
                false));
        return this;
    }

    /** @param source the id of the source this entity is, or null */
    NewsItem entity(String id, String type, String canonical, String source) {
        entities.add(new Entity(id, type, canonical, List.of(new Entity.Reference(START, canonical, Entity.Form.NAME)),
                null, null, source));
        return this;
    }

    /** A trackable claim: judgeable from the day after its deadline. */
    NewsItem trackable(String id, String holder, List<String> relayedBy, Claim.Modality modality, String proposition,
                       List<String> subjects, String deadline) {
        String judgeableFrom = java.time.LocalDate.parse(deadline).plusDays(1).toString();
        claims.add(new Claim(id, holder, relayedBy, null, START, proposition, subjects, modality, Claim.Polarity.POSITIVE,
                Claim.Orientation.FUTURE, null, new Claim.ClaimTime(START, "bis " + deadline, deadline, "BY", deadline),
                true, "Trifft bis " + deadline + " zu: " + proposition + "?", judgeableFrom, 0.8, List.of()));
        return this;
    }

    /** A denial with a date in it ("no plans to … by the end of June"): a deadline, but nothing to judge. */
    NewsItem denial(String id, String holder, String proposition, List<String> subjects, String deadline) {
        claims.add(new Claim(id, holder, List.of(), null, START, proposition, subjects, Claim.Modality.DENIAL,
                Claim.Polarity.NEGATIVE, Claim.Orientation.FUTURE, null,
                new Claim.ClaimTime(START, "bis " + deadline, deadline, "BY", deadline), false, null, null, 0.8,
                List.of()));
        return this;
    }

    /** Marks a claim as restating an earlier claim of the same item. */
    NewsItem restates(String id, String earlierId) {
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (c.id().equals(id)) {
                claims.set(i, new Claim(c.id(), c.holder(), c.relayedBy(), c.quotation(), c.span(), c.proposition(),
                        c.subjects(), c.modality(), c.polarity(), c.orientation(), c.condition(), c.time(), c.trackable(),
                        c.question(), c.judgeableFrom(), c.confidence(), List.of(earlierId)));
            }
        }
        return this;
    }

    NewsItem statement(String id, String holder, String proposition, List<String> subjects) {
        claims.add(new Claim(id, holder, List.of(), null, START, proposition, subjects, Claim.Modality.STATEMENT,
                Claim.Polarity.POSITIVE, Claim.Orientation.PAST, null, null, false, null, null, 0.7, List.of()));
        return this;
    }

    /** The same item under another outlet, URL and time, with another headline: a syndicated copy. */
    NewsItem copy(String otherOutlet, String otherUrl, String otherPublished, String headline) {
        NewsItem copy = new NewsItem(otherOutlet, otherUrl, LocalDateTime.parse(otherPublished),
                headline + text.substring(text.indexOf('\n')));
        copy.sources.addAll(sources);
        copy.entities.addAll(entities);
        copy.claims.addAll(claims);
        copy.language = language;
        return copy;
    }

    Analysis analysis() {
        return analysis("config-a");
    }

    /** @param config the pipeline configuration hash: another one makes a re-analysis */
    Analysis analysis(String config) {
        String title = text.substring(0, text.indexOf('\n'));
        Article article = new Article(ContentHash.of(text), url, "html", url, outlet, title, null,
                published == null ? null : new PublicationTime(published, null, published.toString()), language, text,
                List.of());
        return Analysis.of(article, new Provenance("test", config, List.of("hand-built")))
                .with(Layers.SOURCES, sources)
                .with(Layers.ENTITIES, entities)
                .with(Layers.CLAIMS, claims);
    }

    String id() {
        return ContentHash.of(text);
    }
}
