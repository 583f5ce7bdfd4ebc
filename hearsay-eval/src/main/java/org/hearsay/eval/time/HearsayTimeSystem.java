package org.hearsay.eval.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.TimeExpression;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.core.pipeline.Stage;
import org.hearsay.lang.de.time.GermanTimeStage;
import org.hearsay.lang.en.time.EnglishTimeStage;

/**
 * Hearsay's time stage behind the installed token stages of the document's language. The token
 * pipeline and the time stage are timed apart, so the report can give the time stage's own speed.
 * Event-anchored phrases ("vor der Amtseinführung") are not TIMEX3 and are left out of the output.
 */
public final class HearsayTimeSystem implements TimeSystem {
    private final Analyzer tokens = Analyzer.installed(Set.of(Layers.SENTENCES, Layers.TOKENS));
    private final Map<String, Stage> timeStages = new HashMap<>();
    private long timeStageNanos;

    @Override
    public String name() {
        return "Hearsay";
    }

    @Override
    public void prepare(String language) {
        Stage stage = timeStages.computeIfAbsent(language, HearsayTimeSystem::stageFor);
        Pipeline pipeline = tokens.pipeline(language);
        stage.apply(pipeline.analyze(article(language, "Heute ist der 3. März 2020.", null, true)));
    }

    private static Stage stageFor(String language) {
        return switch (language) {
            case "de" -> new GermanTimeStage();
            case "en" -> new EnglishTimeStage();
            default -> throw new IllegalArgumentException("no time stage for " + language);
        };
    }

    @Override
    public List<Timex> tag(TimeMlDocument document) {
        Article article = article(document.language(), document.text(), document, document.dctHasTime());
        Analysis tokenized = tokens.pipeline(document.language()).analyze(article);
        long start = System.nanoTime();
        Analysis analysed = timeStages.get(document.language()).apply(tokenized);
        timeStageNanos += System.nanoTime() - start;
        List<Timex> out = new ArrayList<>();
        for (TimeExpression t : analysed.get(Layers.TIME_EXPRESSIONS)) {
            if (t.event() == null) {
                out.add(new Timex(t.span().start(), t.span().end(), t.type().name(), t.value() == null ? "" : t.value(), t.text()));
            }
        }
        return out;
    }

    /** Seconds spent in the time stage alone since construction. */
    public double timeStageSeconds() {
        return timeStageNanos / 1e9;
    }

    private static Article article(String language, String text, TimeMlDocument document, boolean hasTime) {
        PublicationTime published = document == null ? null
                : new PublicationTime(document.dct(), null, hasTime ? document.dct().toString() : document.dct().toLocalDate().toString());
        return new Article(ContentHash.of(text), document == null ? "warm-up" : document.id(), "text", null, null, null, null,
                published, language, text, List.of());
    }
}
