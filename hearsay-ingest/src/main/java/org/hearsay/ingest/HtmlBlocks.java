package org.hearsay.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.hearsay.core.model.SectionKind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts an HTML element into text blocks: headings, and paragraphs from block elements or from
 * runs of loose inline text. Page furniture (navigation, forms, figures and their captions,
 * scripts) is left out because it is never part of what an article says. The walk is
 * iterative (jsoup's traversor), so absurdly deep markup cannot overflow the stack.
 */
final class HtmlBlocks implements NodeFilter {
    /** One block of text and the role it plays. */
    record Block(SectionKind kind, String text) {
    }

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "nav", "aside",
            "header", "footer", "form", "button", "select", "figure", "figcaption", "iframe", "svg", "head");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder inlineRun = new StringBuilder();

    private HtmlBlocks() {
    }

    static List<Block> of(Element root) {
        HtmlBlocks cutter = new HtmlBlocks();
        NodeTraversor.filter(cutter, root);
        cutter.flushInlineRun();
        return List.copyOf(cutter.blocks);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            inlineRun.append(text.text());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
            flushInlineRun();
            return FilterResult.SKIP_ENTIRELY;
        }
        if (!element.isBlock()) {
            return FilterResult.CONTINUE;
        }
        flushInlineRun();
        if (HEADINGS.contains(tag)) {
            add(SectionKind.HEADING, element.text());
            return FilterResult.SKIP_ENTIRELY;
        }
        if (!hasBlockChild(element)) {
            add(SectionKind.PARAGRAPH, element.text());
            return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
    }

    /** A block's loose text ends with the block. */
    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element && element.isBlock()) {
            flushInlineRun();
        }
        return FilterResult.CONTINUE;
    }

    private static boolean hasBlockChild(Element element) {
        for (Element child : element.children()) {
            if (child.isBlock() || child.normalName().equals("br")) {
                return true;
            }
        }
        return false;
    }

    private void flushInlineRun() {
        add(SectionKind.PARAGRAPH, inlineRun.toString());
        inlineRun.setLength(0);
    }

    private void add(SectionKind kind, String text) {
        String clean = SPACES.matcher(text).replaceAll(" ").strip();
        if (!clean.isEmpty()) {
            blocks.add(new Block(kind, clean));
        }
    }
}
