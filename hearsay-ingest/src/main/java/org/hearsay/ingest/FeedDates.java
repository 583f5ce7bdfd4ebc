package org.hearsay.ingest;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hearsay.core.model.PublicationTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Publication times of feed items as the feed wrote them. Rome parses dates to instants and
 * drops the offset, yet the local date is what "today" in the text refers to; so the item
 * dates are read again from the XML, and each is used when it names the same instant Rome
 * found (proof that item and date belong together).
 */
final class FeedDates {
    /** Date elements in the order Rome prefers them: published before updated. */
    private static final List<String> DATE_ELEMENTS = List.of("pubdate", "published", "dc:date", "updated");
    private static final Set<String> ITEMS = Set.of("item", "entry");

    private final List<String> raw;

    private FeedDates(List<String> raw) {
        this.raw = raw;
    }

    static FeedDates of(String xml) {
        List<String> dates = new ArrayList<>();
        for (Element item : Jsoup.parse(xml, "", Parser.xmlParser()).getAllElements()) {
            if (ITEMS.contains(item.normalName())) {
                dates.add(dateText(item));
            }
        }
        return new FeedDates(dates);
    }

    /**
     * @param index  the item's position in the feed
     * @param parsed the instant Rome read for it, or null
     */
    PublicationTime published(int index, Date parsed) {
        Optional<PublicationTime> stated = index < raw.size()
                ? PublicationDates.timestamp(raw.get(index)) : Optional.empty();
        if (stated.isPresent() && (parsed == null || !stated.get().hasZone()
                || stated.get().local().toInstant(stated.get().offset()).equals(parsed.toInstant()))) {
            return stated.get();
        }
        if (parsed == null) {
            return null;
        }
        // An instant without the source's wording: exact, so stated in UTC rather than left zoneless.
        return new PublicationTime(LocalDateTime.ofInstant(parsed.toInstant(), ZoneOffset.UTC), ZoneOffset.UTC,
                parsed.toInstant().toString());
    }

    private static String dateText(Element item) {
        for (String name : DATE_ELEMENTS) {
            for (Element child : item.children()) {
                if (child.normalName().equals(name)) {
                    return child.text();
                }
            }
        }
        return null;
    }
}
