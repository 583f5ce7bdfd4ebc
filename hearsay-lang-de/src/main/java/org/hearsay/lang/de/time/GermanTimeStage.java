package org.hearsay.lang.de.time;

import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.pipeline.Stage;
import org.hearsay.core.time.TimeTagger;

/**
 * German temporal expressions, TIMEX3-normalised against the publication time: dates, times,
 * durations, recurrences, vague and event-anchored phrases, with deadlines for "bis", "vor",
 * "spätestens". Rule-based (regular expressions over sentences plus tense from the tokens); holds
 * no state, so one instance serves any number of threads.
 */
public final class GermanTimeStage implements Stage {

    @Override
    public String name() {
        return "de-time";
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
        return "rules=de-time-1";
    }

    @Override
    public Analysis apply(Analysis analysis) {
        return analysis.with(Layers.TIME_EXPRESSIONS, TimeTagger.tag(analysis, GermanTimeLanguage.INSTANCE));
    }
}
