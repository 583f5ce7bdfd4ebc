package org.hearsay.eval.ner;

/**
 * A labelled token range of one sentence: tokens [start, end), e.g. a named entity.
 *
 * @param type the label without its BIO prefix (PER, LOCderiv, OTH…)
 */
public record Chunk(int start, int end, String type) {
    public Chunk {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad chunk [" + start + ", " + end + ")");
        }
    }

    public boolean sameSpan(Chunk other) {
        return start == other.start && end == other.end;
    }

    public boolean overlaps(Chunk other) {
        return start < other.end && other.start < end;
    }
}
