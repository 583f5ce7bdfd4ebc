package org.hearsay.eval.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.core.pipeline.Pipeline;

/**
 * Hearsay's German pipeline, cut down to what entity mentions need. Each sentence becomes an
 * article whose text is the gold tokens joined by single spaces; mention character spans are
 * mapped back to gold token indices. Hearsay tokenizes that text itself, so a mention may start
 * or end inside a gold token: such a mention is widened to the gold tokens it touches and
 * counted, since the exact-span metric is on gold tokens.
 */
public final class HearsayNerTagger implements NerTagger {
    private static final String LANGUAGE = "de";

    private final Pipeline pipeline;
    private int sentences;
    private int mentions;
    private int misaligned;

    /** @param pipeline a German pipeline that provides entity mentions */
    public HearsayNerTagger(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * The installed German pack, cut down to entity mentions. Builds the pipeline and analyses
     * one sentence now, so that models its stages load on first use count as loading, not tagging.
     */
    public static HearsayNerTagger installed() {
        Analyzer analyzer = Analyzer.installed(Set.of(Layers.ENTITY_MENTIONS));
        if (!analyzer.supports(LANGUAGE)) {
            throw new IllegalStateException("no German language pack (hearsay-lang-de) on the class path");
        }
        Pipeline pipeline = analyzer.pipeline(LANGUAGE);
        pipeline.analyze(article("probe", "Die Kanzlerin sagte am Montag in Berlin , sie sei zufrieden ."));
        return new HearsayNerTagger(pipeline);
    }

    private static Article article(String origin, String text) {
        return new Article(ContentHash.of(text), origin, "text", null, null, null, null, null, LANGUAGE, text, List.of());
    }

    @Override
    public List<Chunk> tag(List<String> tokens) {
        int[] starts = new int[tokens.size()];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(tokens.get(i));
        }
        String joined = text.toString();
        sentences++;
        List<Chunk> chunks = new ArrayList<>();
        for (EntityMention m : pipeline.analyze(article("germeval2014#" + sentences, joined))
                .get(Layers.ENTITY_MENTIONS)) {
            int first = tokenAt(starts, m.span().start());
            int last = tokenAt(starts, m.span().end() - 1);
            boolean aligned = starts[first] == m.span().start()
                    && starts[last] + tokens.get(last).length() == m.span().end();
            mentions++;
            if (!aligned) {
                misaligned++;
            }
            chunks.add(new Chunk(first, last + 1, m.type()));
        }
        return chunks;
    }

    /** The gold token containing a character offset (or the one before it, for a space). */
    private static int tokenAt(int[] starts, int offset) {
        int i = 0;
        while (i + 1 < starts.length && starts[i + 1] <= offset) {
            i++;
        }
        return i;
    }

    @Override
    public String remarks() {
        return mentions + " mentions in " + sentences + " sentences; " + misaligned
                + " did not fall on gold token boundaries and were widened to the gold tokens they touch";
    }
}
