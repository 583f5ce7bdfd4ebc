package org.hearsay.core.pipeline;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hearsay.core.InputException;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layer;

/**
 * Analyses articles in any installed language: picks the language pack by the article's
 * language and builds its pipeline once, on first use (models load lazily).
 */
public final class Analyzer {
    private final Map<String, LanguagePack> packs;
    private final PipelineOptions options;
    private final Function<Pipeline, Pipeline> selection;
    private final Map<String, Pipeline> pipelines = new ConcurrentHashMap<>();

    private Analyzer(Map<String, LanguagePack> packs, PipelineOptions options, Function<Pipeline, Pipeline> selection) {
        this.packs = packs;
        this.options = options;
        this.selection = selection;
    }

    /** All language packs on the class path, full analysis with default options. */
    public static Analyzer installed() {
        return installed(PipelineOptions.DEFAULT);
    }

    /** All language packs on the class path, full analysis. */
    public static Analyzer installed(PipelineOptions options) {
        return new Analyzer(discover(), options, p -> p);
    }

    /** All language packs on the class path, computing only what the wanted layers need. */
    public static Analyzer installed(Set<Layer<?>> wanted) {
        return new Analyzer(discover(), PipelineOptions.DEFAULT, p -> p.only(wanted));
    }

    public static Analyzer of(List<LanguagePack> packs) {
        Map<String, LanguagePack> map = new TreeMap<>();
        packs.forEach(p -> map.put(p.language(), p));
        return new Analyzer(map, PipelineOptions.DEFAULT, p -> p);
    }

    private static Map<String, LanguagePack> discover() {
        Map<String, LanguagePack> map = new TreeMap<>();
        ServiceLoader.load(LanguagePack.class).forEach(p -> map.put(p.language(), p));
        return map;
    }

    public Set<String> languages() {
        return packs.keySet();
    }

    public boolean supports(String language) {
        return language != null && packs.containsKey(language);
    }

    /** The pipeline for a language, built (and its models loaded) on first call. */
    public Pipeline pipeline(String language) {
        LanguagePack pack = packs.get(language);
        if (pack == null) {
            throw new IllegalArgumentException("no language pack for '" + language + "'");
        }
        return pipelines.computeIfAbsent(language, l -> selection.apply(new Pipeline(pack.stages(options))));
    }

    public Analysis analyze(Article article) throws InputException {
        if (article.language() == null) {
            throw new InputException(article.origin(), "language not detected");
        }
        if (!supports(article.language())) {
            throw new InputException(article.origin(), "language '" + article.language()
                    + "' is not supported (supported: " + String.join(", ", languages()) + "); skipped");
        }
        return pipeline(article.language()).analyze(article);
    }
}
