package org.hearsay.ingest;

import java.util.List;

import net.dankito.readability4j.extended.Readability4JExtended;
import org.hearsay.core.InputException;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.SectionKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a web page as an article: metadata from the head, main text through Readability
 * (falling back to every text block of the body when Readability finds nothing). The text is
 * rebuilt as title, lead, then one block per line, so the analysis sees the same shape as a
 * plain-text article.
 */
final class HtmlReader {
    /**
     * Readability walks the tree recursively and overflows the stack on absurdly deep markup
     * (tens of thousands of levels); real pages stay far below this.
     */
    private static final int MAX_READABILITY_DEPTH = 500;

    Article read(String html, Source source) throws InputException {
        String baseUri = source.url() == null ? "" : source.url();
        Document page = Jsoup.parse(html, baseUri);
        HtmlMetadata head = new HtmlMetadata(page);
        MainText main = mainText(page, baseUri);
        Metadata meta = head.metadata().orElse(main.title(), main.byline());
        ArticleText text = new ArticleText();
        text.add(SectionKind.TITLE, meta.title() == null ? "" : meta.title());
        String lead = head.description();
        if (lead != null && !LeadFilter.repeats(lead, meta.title(), main.blocks())) {
            text.add(SectionKind.LEAD, lead);
        }
        for (HtmlBlocks.Block block : main.blocks()) {
            if (!block.text().equals(meta.title()) && !isBylineLine(block.text(), meta.byline())) {
                text.add(block.kind(), block.text());
            }
        }
        if (!text.hasBody()) {
            throw new InputException(source.origin(), "no article text found in the HTML page");
        }
        return ArticleFactory.create(source, meta, text.text(), text.sections());
    }

    /** Readability's reading of the page, or the whole body when it has none. */
    private record MainText(List<HtmlBlocks.Block> blocks, String title, String byline) {
    }

    private static MainText mainText(Document page, String baseUri) {
        List<HtmlBlocks.Block> everything = page.body() == null ? List.of() : HtmlBlocks.of(page.body());
        if (deeperThan(page, MAX_READABILITY_DEPTH)) {
            return new MainText(everything, null, null);
        }
        net.dankito.readability4j.Article readable;
        try {
            // Readability rewrites the document it is given; the caller's stays intact.
            readable = new Readability4JExtended(baseUri, page.clone()).parse();
        } catch (RuntimeException e) {
            // Readability is a heuristic port; a page that trips it still has its body text.
            return new MainText(everything, null, null);
        }
        Element content = readable.getArticleContent();
        List<HtmlBlocks.Block> blocks = content == null ? List.of() : HtmlBlocks.of(content);
        return new MainText(blocks.isEmpty() ? everything : blocks,
                NonBlank.first(readable.getTitle()), NonBlank.first(readable.getByline()));
    }

    private static boolean deeperThan(Document page, int limit) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), page);
        return deepest[0] > limit;
    }

    /** "Von Jana Berger", "By Sam Hughes": the byline printed above the text, already in the metadata. */
    private static boolean isBylineLine(String block, String byline) {
        if (byline == null) {
            return false;
        }
        String line = LeadFilter.comparable(block);
        String name = LeadFilter.comparable(byline);
        return line.equals(name) || line.equals("von " + name) || line.equals("by " + name);
    }
}
