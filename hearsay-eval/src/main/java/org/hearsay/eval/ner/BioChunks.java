package org.hearsay.eval.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes per-token labels into chunks. Accepts BIO ("B-PER", "I-PER"), IO ("I-PER" only) and
 * bare labels ("PER"), because gold files use BIO while CoreNLP's German CRF emits IO-style
 * labels: a chunk starts at "B-", or where the type changes, and "O" ends it.
 */
public final class BioChunks {
    private static final String OUTSIDE = "O";

    private BioChunks() {
    }

    public static List<Chunk> decode(List<String> labels) {
        List<Chunk> chunks = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= labels.size(); i++) {
            String label = i < labels.size() ? labels.get(i) : OUTSIDE;
            boolean begins = label.startsWith("B-");
            String labelType = OUTSIDE.equals(label) ? null : stripPrefix(label);
            boolean continues = !begins && labelType != null && labelType.equals(type);
            if (type != null && !continues) {
                chunks.add(new Chunk(start, i, type));
                type = null;
            }
            if (labelType != null && !continues) {
                start = i;
                type = labelType;
            }
        }
        return chunks;
    }

    private static String stripPrefix(String label) {
        return label.startsWith("B-") || label.startsWith("I-") ? label.substring(2) : label;
    }
}
