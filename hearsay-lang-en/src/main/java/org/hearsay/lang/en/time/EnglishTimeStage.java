package org.hearsay.lang.en.time;

import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.pipeline.Stage;
import org.hearsay.core.time.TimeTagger;

/**
 * English temporal expressions, TIMEX3-normalised against the publication time, with deadlines
 * for "by", "before", "until". Rule-based; holds no state, so one instance serves any number of threads.
 */
public final class EnglishTimeStage implements Stage {

    @Override
    public String name() {
        return "en-time";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.TIME_EXPRESSIONS);
    }

    @Override
    public String configuration() {
        return "rules=en-time-1";
    }

    @Override
    public Analysis apply(Analysis analysis) {
        return analysis.with(Layers.TIME_EXPRESSIONS, TimeTagger.tag(analysis, EnglishTimeLanguage.INSTANCE));
    }
}
