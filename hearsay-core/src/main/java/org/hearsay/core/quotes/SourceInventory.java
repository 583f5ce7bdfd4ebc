package org.hearsay.core.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.SourceRelay;

/**
 * Who an article relies on: every source with its kind, affiliation and number of quotations,
 * whom it relays and who relays it, and how much of the quoting rests on named versus anonymous
 * sources. Derived from the quotation layers only, so it works on analyses read back from JSON.
 *
 * @param sources          one entry per source, in order of introduction
 * @param quotations       all quotations of the article
 * @param unattributed     quotations whose speaker could not be resolved to a source
 * @param namedQuotations  quotations by named persons, organisations and outlets
 * @param anonymousQuotations quotations by anonymous sources
 */
public record SourceInventory(List<Entry> sources, int quotations, int unattributed, int namedQuotations,
                              int anonymousQuotations) {

    public SourceInventory {
        sources = List.copyOf(sources);
    }

    /**
     * One source of the article.
     *
     * @param source     the source record
     * @param quotations how many quotations it is the speaker of
     * @param relays     ids of the sources it passes on
     * @param relayedBy  ids of the sources that pass it on
     */
    public record Entry(Source source, int quotations, List<String> relays, List<String> relayedBy) {
        public Entry {
            relays = List.copyOf(relays);
            relayedBy = List.copyOf(relayedBy);
        }
    }

    public static SourceInventory of(Analysis analysis) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int unattributed = 0;
        int named = 0;
        int anonymous = 0;
        Map<String, Source> byId = new LinkedHashMap<>();
        analysis.get(Layers.SOURCES).forEach(s -> byId.put(s.id(), s));
        for (Quotation q : analysis.get(Layers.QUOTATIONS)) {
            Source source = q.source() == null ? null : byId.get(q.source());
            if (source == null) {
                unattributed++;
                continue;
            }
            counts.merge(source.id(), 1, Integer::sum);
            if (source.anonymous()) {
                anonymous++;
            } else {
                named++;
            }
        }
        List<Entry> entries = new ArrayList<>();
        List<SourceRelay> relays = analysis.get(Layers.SOURCE_RELAYS);
        for (Source source : byId.values()) {
            List<String> passesOn = relays.stream().filter(r -> r.relay().equals(source.id())).map(SourceRelay::source).toList();
            List<String> passedBy = relays.stream().filter(r -> r.source().equals(source.id())).map(SourceRelay::relay).toList();
            entries.add(new Entry(source, counts.getOrDefault(source.id(), 0), passesOn, passedBy));
        }
        return new SourceInventory(entries, analysis.get(Layers.QUOTATIONS).size(), unattributed, named, anonymous);
    }

    /** Share of attributed quotations that rest on anonymous sources, 0 when there are none. */
    public double anonymousShare() {
        int attributed = namedQuotations + anonymousQuotations;
        return attributed == 0 ? 0 : (double) anonymousQuotations / attributed;
    }

    /** A plain-text table for summaries: one line per source, then the totals. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Entry e : sources) {
            Source s = e.source();
            StringBuilder line = new StringBuilder();
            line.append(s.id()).append("  ").append(s.kind());
            if (s.anonymousType() != null) {
                line.append('/').append(s.anonymousType());
            }
            line.append("  ").append(s.name());
            if (s.count() != null) {
                line.append("  ×").append(s.count());
            } else if (s.plural()) {
                line.append("  (several)");
            }
            if (s.affiliation() != null) {
                line.append("  [").append(s.affiliation()).append(']');
            }
            line.append("  quotations: ").append(e.quotations());
            if (!e.relays().isEmpty()) {
                line.append("  relays ").append(String.join(", ", e.relays()));
            }
            lines.add(line.toString());
        }
        lines.add(String.format(java.util.Locale.ROOT, "%d quotations: %d named, %d anonymous (%.0f %%), %d unattributed",
                quotations, namedQuotations, anonymousQuotations, 100 * anonymousShare(), unattributed));
        return lines;
    }
}
