package org.hearsay.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Source;

/**
 * The claims part of the readable summary: one group per holder and relay chain, so an editor
 * sees at a glance who commits to what, through whom it reached the article, and which claims can
 * be checked later.
 */
final class ClaimSummary {
    private ClaimSummary() {
    }

    /** Who asserts, and the path the words took: two relay chains of one holder are two groups. */
    private record Holder(String source, List<String> relayedBy) {
    }

    static void append(Analysis analysis, StringBuilder s) {
        List<Claim> claims = analysis.get(Layers.CLAIMS);
        if (claims.isEmpty()) {
            return;
        }
        Map<String, Source> sources = analysis.get(Layers.SOURCES).stream()
                .collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
        Map<Holder, List<Claim>> groups = new LinkedHashMap<>();
        for (Claim claim : claims) {
            groups.computeIfAbsent(new Holder(claim.holder(), claim.relayedBy()), h -> new ArrayList<>()).add(claim);
        }
        long trackable = claims.stream().filter(Claim::trackable).count();
        s.append("   claims: ").append(claims.size()).append(" in ").append(groups.size())
                .append(groups.size() == 1 ? " group" : " groups").append(", ").append(trackable).append(" trackable\n");
        groups.forEach((holder, group) -> {
            s.append("     ").append(header(holder, sources, analysis.article().outlet())).append('\n');
            group.forEach(claim -> line(claim, analysis, s));
        });
    }

    /** "Flussblick ← zwei Mitarbeiter …  [s2 ANONYMOUS/OFFICIAL ×2]": the chain reads as the words travelled, backwards. */
    private static String header(Holder holder, Map<String, Source> sources, String outlet) {
        if (holder.source() == null) {
            return "the article itself" + (outlet == null ? "" : " · " + outlet);
        }
        List<String> chain = new ArrayList<>();
        holder.relayedBy().forEach(id -> chain.add(name(id, sources)));
        chain.add(name(holder.source(), sources));
        Source source = sources.get(holder.source());
        StringBuilder kind = new StringBuilder(holder.source());
        if (source != null) {
            kind.append(' ').append(source.kind());
            if (source.anonymousType() != null) {
                kind.append('/').append(source.anonymousType());
            }
            if (source.count() != null) {
                kind.append(" ×").append(source.count());
            }
        }
        return String.join(" ← ", chain) + "  [" + kind + "]";
    }

    private static String name(String sourceId, Map<String, Source> sources) {
        Source source = sources.get(sourceId);
        return source == null ? sourceId + " (unknown source)" : source.name();
    }

    private static void line(Claim claim, Analysis analysis, StringBuilder s) {
        String proposition = claim.proposition() != null ? claim.proposition() : analysis.textOf(claim.span());
        s.append(String.format("       %-3s %-9s %-4s%s", claim.id(), claim.modality(),
                claim.polarity() == Claim.Polarity.NEGATIVE ? "not" : "", TextSummary.abbreviate(proposition, 90)));
        if (claim.condition() != null) {
            s.append(" · ").append(words(claim.condition().kind())).append(": \"")
                    .append(TextSummary.abbreviate(claim.condition().text(), 50)).append('"');
        }
        if (claim.time() != null) {
            Claim.ClaimTime time = claim.time();
            s.append(" · ").append(time.relation() == null ? "" : time.relation().toLowerCase(Locale.ROOT) + " ")
                    .append('"').append(TextSummary.abbreviate(time.text(), 40)).append('"')
                    .append(time.value() == null ? "" : " → " + time.value())
                    .append(time.deadline() == null ? "" : " · deadline " + time.deadline());
        }
        s.append('\n');
        if (claim.trackable()) {
            s.append("           trackable: ").append(claim.question() == null ? "(no question)" : TextSummary.abbreviate(claim.question(), 150))
                    .append(" · judgeable ")
                    .append(claim.judgeableFrom() == null ? "any day" : "from " + claim.judgeableFrom()).append('\n');
        }
    }

    /** ONLY_IF → "only if". */
    private static String words(Claim.ConditionKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
