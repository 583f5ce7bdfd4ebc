package org.hearsay.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Token;

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

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
