package org.hearsay.eval.quotes;

import java.util.List;

/**
 * A PolNeAR article with the attributions of one annotator.
 *
 * @param name           the text file's name without {@code .txt}
 * @param annotationFile the {@code .ann} file used (the first in name order when there are several)
 * @param annotators     how many annotation files the article has
 * @param skipped        {@code E} lines left out because they name neither content nor cue
 */
public record PolnearDocument(String name, String text, String annotationFile, int annotators,
                              List<PolnearAttribution> attributions, int skipped) {
    public PolnearDocument {
        attributions = List.copyOf(attributions);
    }
}
