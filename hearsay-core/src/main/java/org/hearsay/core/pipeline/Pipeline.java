package org.hearsay.core.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hearsay.core.ContentHash;
import org.hearsay.core.Version;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Provenance;

/**
 * An ordered list of stages, checked at construction: every stage's required layers are
 * provided by an earlier stage, and no two stages provide the same layer.
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final Provenance provenance;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        Set<Layer<?>> available = new HashSet<>();
        for (Stage stage : this.stages) {
            for (Layer<?> needed : stage.requires()) {
                if (!available.contains(needed)) {
                    throw new IllegalArgumentException(
                            "stage " + stage.name() + " needs layer " + needed + ", which no earlier stage provides");
                }
            }
            for (Layer<?> added : stage.provides()) {
                if (!available.add(added)) {
                    throw new IllegalArgumentException("layer " + added + " is provided twice (again by " + stage.name() + ")");
                }
            }
        }
        StringBuilder config = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (Stage stage : this.stages) {
            names.add(stage.name());
            config.append(stage.name()).append('{').append(stage.configuration()).append("};");
        }
        this.provenance = new Provenance(Version.get(), ContentHash.of(config.toString()), names);
    }

    /**
     * The smallest prefix-preserving selection of stages that yields the wanted layers:
     * stages nobody needs are dropped, so a caller asking only for tokens never loads a parser.
     */
    public Pipeline only(Set<Layer<?>> wanted) {
        Set<Layer<?>> needed = new HashSet<>(wanted);
        List<Stage> kept = new ArrayList<>();
        for (int i = stages.size() - 1; i >= 0; i--) {
            Stage stage = stages.get(i);
            if (stage.provides().stream().anyMatch(needed::contains)) {
                kept.add(0, stage);
                needed.addAll(stage.requires());
            }
        }
        return new Pipeline(kept);
    }

    public Analysis analyze(Article article) {
        Analysis analysis = Analysis.of(article, provenance);
        for (Stage stage : stages) {
            analysis = stage.apply(analysis);
        }
        return analysis;
    }

    public List<Stage> stages() {
        return stages;
    }

    public Provenance provenance() {
        return provenance;
    }

    public Set<Layer<?>> provides() {
        Set<Layer<?>> all = new LinkedHashSet<>();
        stages.forEach(s -> all.addAll(s.provides()));
        return all;
    }

}
