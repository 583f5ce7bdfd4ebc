package org.hearsay.lang.en.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.pipeline.Stage;

/**
 * English quotations and their sources, by rules over Penn tags and entity mentions
 * ({@link EnglishAttributions}, {@link EnglishSources}). Smaller than the German stage: no free
 * indirect speech and no relay statements yet, so {@code sourceRelays} stays empty and
 * {@code relayedBy} is always empty. Stateless apart from immutable word lists: thread-safe.
 */
public final class EnglishQuotationStage implements Stage {
    private final EnglishQuoteLexicon lexicon = EnglishQuoteLexicon.standard();

    @Override
    public String name() {
        return "en-quotations";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.ENTITY_MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.QUOTATIONS, Layers.SOURCES, Layers.SOURCE_RELAYS);
    }

    @Override
    public String configuration() {
        return "rules=direct,reporting-verbs,according-to,headline-colon,speakerless,outermost;lists=" + lexicon.fingerprint();
    }

    @Override
    public Analysis apply(Analysis analysis) {
        EnglishWords words = new EnglishWords(analysis);
        List<Attribution> found = new ArrayList<>(new EnglishAttributions(words, lexicon).find());
        // "I said" inside someone's quoted words is part of what they say; outside, it is the author's own report.
        found.removeIf(a -> a.speaker() != null && a.speaker().end() - a.speaker().first() == 1
                && EnglishSources.firstOrSecondPerson(words.form(a.speaker().first()))
                && words.quotes.stream().anyMatch(q -> q.content().contains(words.spanOf(a.speaker()))));
        // Speakers in text order, so that "he" and "the official" find what came before.
        found.sort(Comparator.comparingInt(a -> a.speaker() != null ? a.speaker().first()
                : words.tokenAtOrAfter(a.cue().start())));
        EnglishSources sources = new EnglishSources(words, lexicon);
        Map<Attribution, String> ids = new IdentityHashMap<>();
        for (Attribution a : found) {
            ids.put(a, a.speaker() == null ? null : sources.resolve(a.speaker()));
        }
        List<Quotation> quotations = new ArrayList<>();
        for (Attribution a : found) {
            quotations.add(new Quotation(a.type(), a.content(), a.cue(), a.cueLemma(), a.frame(),
                    a.speaker() == null ? null : words.spanOf(a.speaker()), a.addressee(), a.medium(), ids.get(a), a.unclosed(),
                    List.of()));
        }
        quotations.sort(Comparator.comparing(Quotation::extent));
        return analysis.with(Layers.QUOTATIONS, quotations).with(Layers.SOURCES, sources.sources())
                .with(Layers.SOURCE_RELAYS, List.of());
    }
}
