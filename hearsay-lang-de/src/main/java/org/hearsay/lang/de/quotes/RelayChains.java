package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Source.Kind;
import org.hearsay.core.model.SourceRelay;

/**
 * Places each source in the article's relay chain. Explicit edges come first ("Das Portal beruft
 * sich auf …"). When an outlet names its informants that way, the article is a retelling of the
 * outlet's report, so its other anonymous sources are taken as reaching the article through that
 * outlet too, if the article introduces them after the outlet; named persons are not, since
 * their public words need no relay.
 */
final class RelayChains {
    private final Map<String, Source> sources;
    private final List<SourceRelay> edges;
    private final String baseOutlet;

    RelayChains(List<Source> sources, List<SourceRelay> edges) {
        this.sources = sources.stream().collect(Collectors.toMap(Source::id, Function.identity()));
        this.edges = List.copyOf(edges);
        this.baseOutlet = edges.stream().map(SourceRelay::relay).filter(id -> this.sources.get(id).kind() == Kind.OUTLET)
                .findFirst().orElse(null);
    }

    /** The relays between the article and the source, outermost first; empty for null. */
    List<String> relayedBy(String source) {
        List<String> chain = new ArrayList<>();
        String current = source;
        // Edges form no cycles in practice, but a bound keeps a strange text from looping.
        for (int hop = 0; current != null && hop <= edges.size(); hop++) {
            String relay = explicitRelay(current);
            if (relay == null) {
                Source s = sources.get(current);
                relay = s != null && s.anonymous() && baseOutlet != null && !chain.contains(baseOutlet)
                        && introducedAfter(s, sources.get(baseOutlet)) ? baseOutlet : null;
            }
            if (relay == null || relay.equals(source) || chain.contains(relay)) {
                break;
            }
            chain.add(0, relay);
            current = relay;
        }
        return chain;
    }

    /**
     * A source met before the outlet speaks for itself, not through the outlet ("…, sagte ein
     * Sprecher", and only later "wie die Agentur meldet").
     */
    private static boolean introducedAfter(Source source, Source outlet) {
        return source.mentions().isEmpty() || outlet.mentions().isEmpty()
                || source.mentions().get(0).start() > outlet.mentions().get(0).start();
    }

    private String explicitRelay(String source) {
        return edges.stream().filter(e -> e.source().equals(source)).map(SourceRelay::relay).findFirst().orElse(null);
    }
}
