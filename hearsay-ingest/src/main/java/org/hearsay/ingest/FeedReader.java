package org.hearsay.ingest;

import java.io.StringReader;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.hearsay.core.InputException;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.SectionKind;
import org.jsoup.Jsoup;

/**
 * Reads an RSS or Atom feed (through Rome) as one article per item: the item's full content
 * (content:encoded, Atom content) when it has one, with the description as lead, else the
 * description alone. An item without text is a failure named by its link.
 */
final class FeedReader {
    void read(String xml, String name, ArticleSink sink) {
        SyndFeed feed;
        try {
            // Doctypes stay forbidden (Rome's default): feeds do not need them, and they open XXE.
            feed = new SyndFeedInput(false, Locale.ROOT).build(new StringReader(xml));
        } catch (FeedException | RuntimeException e) {
            // Rome signals some malformed feeds with unchecked exceptions; for the user it is one thing.
            sink.failure(new InputException(name, "not a readable RSS/Atom feed (" + oneLine(e.getMessage()) + ")"));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.failure(new InputException(name, "feed has no items"));
            return;
        }
        String outlet = NonBlank.first(feed.getTitle());
        FeedDates dates = FeedDates.of(xml);
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String link = NonBlank.first(entry.getLink(), isUrl(entry.getUri()) ? entry.getUri() : null);
            String itemName = link != null ? link : name + "#" + (i + 1);
            try {
                Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
                sink.article(item(entry, new Source(itemName, "feed", link), outlet, dates.published(i, date)));
            } catch (InputException e) {
                sink.failure(e);
            }
        }
    }

    private static Article item(SyndEntry entry, Source source, String outlet, PublicationTime published)
            throws InputException {
        String title = entry.getTitle() == null ? null : NonBlank.first(Jsoup.parse(entry.getTitle()).text());
        List<HtmlBlocks.Block> content = entry.getContents().stream()
                .map(FeedReader::blocks).filter(b -> !b.isEmpty()).findFirst().orElse(List.of());
        List<HtmlBlocks.Block> description = entry.getDescription() == null ? List.of() : blocks(entry.getDescription());
        ArticleText text = new ArticleText();
        text.add(SectionKind.TITLE, title == null ? "" : title);
        if (content.isEmpty()) {
            description.forEach(b -> text.add(b.kind(), b.text()));
        } else {
            String lead = String.join(" ", description.stream().map(HtmlBlocks.Block::text).toList());
            if (!LeadFilter.repeats(lead, title, content)) {
                text.add(SectionKind.LEAD, lead);
            }
            content.stream().filter(b -> !b.text().equals(title)).forEach(b -> text.add(b.kind(), b.text()));
        }
        if (!text.hasBody()) {
            throw new InputException(source.origin(), "feed item has no text besides its title");
        }
        Metadata meta = new Metadata(title, NonBlank.first(entry.getAuthor()), published, outlet, null);
        return ArticleFactory.create(source, meta, text.text(), text.sections());
    }

    /** Feed text is HTML unless the feed says it is plain (RSS leaves it unsaid; it is HTML in practice). */
    private static List<HtmlBlocks.Block> blocks(SyndContent content) {
        String value = content.getValue() == null ? "" : content.getValue();
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return value.lines().filter(l -> !l.isBlank())
                    .map(l -> new HtmlBlocks.Block(SectionKind.PARAGRAPH, l.strip())).toList();
        }
        return HtmlBlocks.of(Jsoup.parseBodyFragment(value).body());
    }

    private static boolean isUrl(String value) {
        return value != null && (value.startsWith("http://") || value.startsWith("https://"));
    }

    private static String oneLine(String message) {
        return message == null ? "no details" : message.replaceAll("\\s+", " ").strip();
    }
}
