package org.hearsay.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hearsay.core.model.PublicationTime;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its head: meta tags (Open Graph, Dublin Core, plain
 * names), JSON-LD, the canonical link, the title element. Each field takes the first source
 * that has it, in the order listed in its method.
 */
final class HtmlMetadata {
    /** Meta tags that carry a publication time, most specific first. */
    private static final List<String> DATE_TAGS = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[property=og:published_time]", "meta[itemprop=datePublished]", "time[itemprop=datePublished]",
            "time[pubdate][datetime]",
            "meta[name=date]", "meta[name=dc.date]", "meta[name=dc.date.issued]", "meta[name=dcterms.date]",
            "meta[name=dcterms.issued]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=parsely-pub-date]", "meta[name=sailthru.date]");
    /** Separators between headline and site name in a title element ("Headline | Outlet"). */
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ");

    private final Document page;
    private final Optional<JsonLdArticle> jsonLd;

    HtmlMetadata(Document page) {
        this.page = page;
        this.jsonLd = JsonLdArticle.in(page);
    }

    Metadata metadata() {
        String outlet = outlet();
        return new Metadata(title(outlet), byline(), published(), outlet, canonicalUrl());
    }

    /** The page's summary, which news sites fill with the article's lead (teaser). */
    String description() {
        return NonBlank.first(meta("meta[property=og:description]"), meta("meta[name=description]"),
                meta("meta[name=twitter:description]"));
    }

    private String title(String outlet) {
        return NonBlank.first(meta("meta[property=og:title]"), jsonLd.map(JsonLdArticle::headline).orElse(null),
                titleElement(outlet), elementText("h1"));
    }

    private String byline() {
        String authorTag = meta("meta[property=article:author]");
        return NonBlank.first(meta("meta[name=author]"), jsonLd.map(JsonLdArticle::author).orElse(null),
                authorTag != null && !authorTag.startsWith("http") ? authorTag : null);
    }

    private String outlet() {
        return NonBlank.first(meta("meta[property=og:site_name]"), jsonLd.map(JsonLdArticle::publisher).orElse(null),
                meta("meta[name=application-name]"));
    }

    private String canonicalUrl() {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String fromLink = canonical == null ? null
                : NonBlank.first(canonical.absUrl("href"), absoluteOnly(canonical.attr("href")));
        return NonBlank.first(fromLink, absoluteOnly(meta("meta[property=og:url]")),
                absoluteOnly(jsonLd.map(JsonLdArticle::url).orElse(null)));
    }

    /** The first stated time that has a zone, else the first that parses at all. */
    private PublicationTime published() {
        List<PublicationTime> found = new ArrayList<>();
        for (String selector : DATE_TAGS) {
            Element tag = page.selectFirst(selector);
            if (tag != null) {
                String value = tag.hasAttr("content") ? tag.attr("content")
                        : tag.hasAttr("datetime") ? tag.attr("datetime") : tag.text();
                PublicationDates.timestamp(value).ifPresent(found::add);
            }
        }
        jsonLd.map(JsonLdArticle::datePublished).flatMap(PublicationDates::timestamp).ifPresent(found::add);
        return found.stream().filter(PublicationTime::hasZone).findFirst()
                .orElse(found.isEmpty() ? null : found.getFirst());
    }

    private String titleElement(String outlet) {
        String title = page.title().strip();
        if (title.isEmpty()) {
            return null;
        }
        if (outlet != null) {
            for (String separator : TITLE_SEPARATORS) {
                if (title.endsWith(separator + outlet)) {
                    return title.substring(0, title.length() - separator.length() - outlet.length()).strip();
                }
            }
        }
        return title;
    }

    private String meta(String selector) {
        Element tag = page.selectFirst(selector);
        return tag == null ? null : blankToNull(tag.attr("content"));
    }

    private String elementText(String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? null : blankToNull(element.text());
    }

    private static String absoluteOnly(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
