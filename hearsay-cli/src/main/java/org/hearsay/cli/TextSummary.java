package org.hearsay.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.TimeExpression;
import org.hearsay.core.model.Token;
import org.hearsay.core.quotes.SourceInventory;

/** The readable per-article summary of {@code hearsay analyze}: what an editor looks at first. */
final class TextSummary {
    private static final List<String> TYPE_ORDER = List.of("PER", "ORG", "LOC", "MISC");

    private TextSummary() {
    }

    static String of(Analysis analysis) {
        Article a = analysis.article();
        StringBuilder s = new StringBuilder();
        s.append("== ").append(a.title() != null ? a.title() : "(untitled)").append('\n');
        s.append("   ").append(a.origin()).append(" · ").append(a.format()).append(" · id ").append(a.id())
                .append(" · language ").append(a.language()).append('\n');
        s.append("   published: ").append(published(a)).append('\n');
        if (a.url() != null) {
            s.append("   url: ").append(a.url()).append('\n');
        }
        if (a.outlet() != null || a.byline() != null) {
            s.append("   outlet: ").append(a.outlet() == null ? "-" : a.outlet())
                    .append(" · byline: ").append(a.byline() == null ? "-" : a.byline()).append('\n');
        }
        layout(a, s);
        linguistics(analysis, s);
        entities(analysis, s);
        indirectSpeechMarkers(analysis, s);
        times(analysis, s);
        sources(analysis, s);
        quotations(analysis, s);
        resolvedEntities(analysis, s);
        ClaimSummary.append(analysis, s);
        return s.toString();
    }

    private static String published(Article a) {
        if (a.published() == null) {
            return "not given";
        }
        return a.published().iso() + (a.published().hasZone() ? "" : " (no time zone given)");
    }

    private static void layout(Article a, StringBuilder s) {
        Map<SectionKind, Long> counts = a.sections().stream()
                .collect(Collectors.groupingBy(Section::kind, LinkedHashMap::new, Collectors.counting()));
        s.append("   layout: ").append(counts.isEmpty() ? "none" : counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase() + (e.getValue() > 1 ? "s" : ""))
                .collect(Collectors.joining(", "))).append('\n');
        for (Section section : a.sections()) {
            if (section.kind() == SectionKind.LEAD || section.kind() == SectionKind.HEADING) {
                s.append("     ").append(section.kind().name().toLowerCase()).append(": ")
                        .append(abbreviate(section.span().of(a.text()), 100)).append('\n');
            }
        }
    }

    private static void linguistics(Analysis analysis, StringBuilder s) {
        long parsed = analysis.get(Layers.DEPENDENCIES).stream().filter(d -> d.head() < 0).count();
        s.append("   linguistics: ").append(analysis.get(Layers.SENTENCES).size()).append(" sentences, ")
                .append(analysis.get(Layers.TOKENS).size()).append(" tokens, ")
                .append(parsed).append(" sentences parsed").append('\n');
    }

    private static void entities(Analysis analysis, StringBuilder s) {
        List<EntityMention> mentions = analysis.get(Layers.ENTITY_MENTIONS);
        s.append("   entities: ").append(mentions.size()).append(" mentions\n");
        Map<String, Map<String, Integer>> byType = new LinkedHashMap<>();
        TYPE_ORDER.forEach(t -> byType.put(t, new LinkedHashMap<>()));
        for (EntityMention m : mentions) {
            byType.computeIfAbsent(m.type(), t -> new LinkedHashMap<>()).merge(m.text(), 1, Integer::sum);
        }
        byType.forEach((type, names) -> {
            if (!names.isEmpty()) {
                s.append("     ").append(String.format("%-4s ", type)).append(names.entrySet().stream()
                        .map(e -> e.getValue() > 1 ? e.getKey() + " ×" + e.getValue() : e.getKey())
                        .collect(Collectors.joining(", "))).append('\n');
            }
        });
    }

    /** Konjunktiv I verbs: in German news the grammatical mark of reported speech. */
    private static void indirectSpeechMarkers(Analysis analysis, StringBuilder s) {
        if (!"de".equals(analysis.article().language())) {
            return;
        }
        List<String> verbs = analysis.get(Layers.TOKENS).stream()
                .filter(TextSummary::isKonjunktivI)
                .map(t -> analysis.textOf(t.span()))
                .toList();
        if (!verbs.isEmpty()) {
            s.append("   Konjunktiv I (reported speech): ").append(String.join(", ", verbs)).append('\n');
        }
    }

    private static boolean isKonjunktivI(Token t) {
        return "Sub".equals(t.feature("Mood")) && "Pres".equals(t.feature("Tense"));
    }

    private static void times(Analysis analysis, StringBuilder s) {
        List<TimeExpression> times = analysis.get(Layers.TIME_EXPRESSIONS);
        if (times.isEmpty()) {
            return;
        }
        s.append("   time expressions: ").append(times.size()).append('\n');
        for (TimeExpression t : times) {
            s.append("     ").append(t.relation() == null ? "" : t.relation().toLowerCase() + " ")
                    .append('"').append(abbreviate(t.text(), 50)).append("\" → ")
                    .append(t.value() == null ? "unresolved (" + t.unresolved() + ")" : t.value())
                    .append(t.mod() == null ? "" : " " + t.mod())
                    .append(t.event() == null ? "" : " · event: " + t.event())
                    .append(t.deadline() == null ? "" : " · deadline " + t.deadline()).append('\n');
        }
    }

    private static void sources(Analysis analysis, StringBuilder s) {
        if (!analysis.has(Layers.SOURCES)) {
            return;
        }
        SourceInventory inventory = SourceInventory.of(analysis);
        s.append("   sources: ").append(inventory.sources().size()).append('\n');
        inventory.lines().forEach(line -> s.append("     ").append(line).append('\n'));
    }

    private static void quotations(Analysis analysis, StringBuilder s) {
        List<Quotation> quotations = analysis.get(Layers.QUOTATIONS);
        if (quotations.isEmpty()) {
            return;
        }
        Map<String, String> names = analysis.get(Layers.SOURCES).stream()
                .collect(Collectors.toMap(Source::id, Source::name, (a, b) -> a));
        s.append("   quotations: ").append(quotations.size()).append('\n');
        int n = 0;
        for (Quotation q : quotations) {
            String cue = q.cue() == null ? "-" : analysis.textOf(q.cue());
            String speaker = q.source() == null ? "?" : q.source() + " " + names.getOrDefault(q.source(), "");
            String chain = q.relayedBy().isEmpty() ? "" : " (via " + String.join(" ← ", q.relayedBy()) + ")";
            s.append(String.format("     %2d %-13s %-18s %s%s: ", ++n, q.type(), abbreviate(cue, 18), abbreviate(speaker, 40), chain))
                    .append('"').append(abbreviate(analysis.textOf(q.extent()), 60)).append(q.unclosed() ? "\" (unclosed)" : "\"")
                    .append('\n');
        }
    }

    /**
     * Entities with every way the article refers to them: "e1 LOC Lindenau = city government of
     * Lindenau · also: Die Stadt ×2". Pronouns are kept: they show how far the resolution reached.
     */
    private static void resolvedEntities(Analysis analysis, StringBuilder s) {
        List<Entity> entities = analysis.get(Layers.ENTITIES);
        if (entities.isEmpty()) {
            return;
        }
        s.append("   entities resolved: ").append(entities.size()).append('\n');
        for (Entity e : entities) {
            Map<String, Integer> variants = new LinkedHashMap<>();
            e.references().forEach(r -> variants.merge(r.text(), 1, Integer::sum));
            variants.remove(e.canonical());
            s.append(String.format("     %-3s %-4s ", e.id(), e.type())).append(e.canonical())
                    .append(e.abbreviation() == null ? "" : " (" + e.abbreviation() + ")")
                    .append(e.standsFor() == null ? "" : " = " + e.standsFor())
                    .append(e.source() == null ? "" : " · source " + e.source());
            if (!variants.isEmpty()) {
                s.append(" · also: ").append(abbreviate(variants.entrySet().stream()
                        .map(v -> v.getValue() > 1 ? v.getKey() + " ×" + v.getValue() : v.getKey())
                        .collect(Collectors.joining(", ")), 100));
            }
            s.append('\n');
        }
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
