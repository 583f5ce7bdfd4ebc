package org.hearsay.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article plus the stand-off layers computed over its text. Immutable: a stage returns a
 * new Analysis with one more layer ({@link #with}); layers already present are never rewritten.
 *
 * @param article     the analysed article
 * @param provenance  which Hearsay version and pipeline configuration produced the layers
 * @param layers      layer name → records, in the order they were added
 */
public record Analysis(Article article, Provenance provenance, Map<String, List<?>> layers) {

    public Analysis {
        LinkedHashMap<String, List<?>> copy = new LinkedHashMap<>();
        layers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        layers = Collections.unmodifiableMap(copy);
    }

    public static Analysis of(Article article, Provenance provenance) {
        return new Analysis(article, provenance, Map.of());
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer.name());
    }

    /** The records of a layer; an empty list when the layer was not computed. */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(Layer<T> layer) {
        List<?> records = layers.get(layer.name());
        return records == null ? List.of() : (List<T>) records;
    }

    /** A new analysis with one more layer. */
    public <T> Analysis with(Layer<T> layer, List<? extends T> records) {
        if (has(layer)) {
            throw new IllegalStateException("layer " + layer + " is already present");
        }
        LinkedHashMap<String, List<?>> next = new LinkedHashMap<>(layers);
        next.put(layer.name(), records);
        return new Analysis(article, provenance, next);
    }

    public String text() {
        return article.text();
    }

    public String textOf(Span span) {
        return span.of(article.text());
    }

    /** Tokens of one sentence. */
    public List<Token> tokensOf(Sentence sentence) {
        return get(Layers.TOKENS).subList(sentence.firstToken(), sentence.endToken());
    }
}
