package org.hearsay.lang.en;

import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.hearsay.core.pipeline.Pipeline;

/**
 * Invented English news texts and one full English pipeline shared by all tests of the JVM,
 * since CoreNLP models take seconds to load.
 */
public final class TestArticles {
    /** Title, lead and two paragraphs; the second sentence of the first paragraph quotes the mayor. */
    public static final String[] BRIDGE = {
            "Mayor rejects bridge plan",
            "The city council of Springfield voted on Tuesday to delay the new bridge.",
            "“We cannot afford it,” Mayor Linda Carter told reporters in Springfield. "
                    + "The project was first planned in 2019 by Harbor Construction Inc. "
                    + "Critics say the delay is costing jobs.",
            "The weather was mild."};

    public static final String[] SUMMIT = {
            "Leaders meet in Geneva",
            "Chancellor Angela Merkel welcomed Boris Johnson Emmanuel Macron to the summit.",
            "The United Nations said the talks would continue in Geneva on Friday, "
                    + "according to a statement from Microsoft and Reuters."};

    private TestArticles() {
    }

    public static Pipeline pipeline() {
        return Shared.PIPELINE;
    }

    public static Analysis analyse(String... blocks) {
        return pipeline().analyze(article(blocks));
    }

    /** An English article: the first block is the title, the second the lead, the rest paragraphs. */
    public static Article article(String... blocks) {
        StringBuilder text = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < blocks.length; i++) {
            if (i > 0) {
                text.append('\n');
            }
            SectionKind kind = i == 0 ? SectionKind.TITLE : i == 1 ? SectionKind.LEAD : SectionKind.PARAGRAPH;
            sections.add(new Section(kind, new Span(text.length(), text.length() + blocks[i].length())));
            text.append(blocks[i]);
        }
        String body = text.toString();
        return new Article(ContentHash.of(body), "test", "text", null, null, blocks[0], null, null, "en", body, sections);
    }

    public static Token token(Analysis analysis, String form) {
        return analysis.get(Layers.TOKENS).stream()
                .filter(t -> t.form().equals(form)).findFirst()
                .orElseThrow(() -> new AssertionError("no token " + form));
    }

    public static List<String> sentenceTexts(Analysis analysis) {
        return analysis.get(Layers.SENTENCES).stream()
                .map(Sentence::span).map(analysis::textOf).toList();
    }

    private static final class Shared {
        static final Pipeline PIPELINE = new Pipeline(new EnglishLanguagePack().stages());
    }
}
