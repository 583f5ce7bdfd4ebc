package org.hearsay.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article object a page embeds as JSON-LD (NewsArticle, Article,
 * BlogPosting…), which news sites fill more reliably than their meta tags.
 * Fields are null when absent.
 */
record JsonLdArticle(String headline, String datePublished, String author, String publisher, String url) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Optional<JsonLdArticle> in(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonNode> article = findArticle(JSON.readTree(script.data()));
                if (article.isPresent()) {
                    return Optional.of(of(article.get()));
                }
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common on the web and costs us only this optional source.
            }
        }
        return Optional.empty();
    }

    /** Breadth-first through arrays and {@code @graph}, so the page's main object wins. */
    private static Optional<JsonNode> findArticle(JsonNode root) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            JsonNode node = queue.removeFirst();
            if (node.isArray()) {
                node.forEach(queue::addLast);
            } else if (node.isObject()) {
                if (isArticleType(node.get("@type"))) {
                    return Optional.of(node);
                }
                if (node.has("@graph")) {
                    queue.addLast(node.get("@graph"));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isArticleType(each)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText();
        return name.endsWith("Article") || name.equals("BlogPosting") || name.equals("Report");
    }

    private static JsonLdArticle of(JsonNode node) {
        return new JsonLdArticle(text(node.get("headline")), text(node.get("datePublished")),
                name(node.get("author")), name(node.get("publisher")), text(node.get("url")));
    }

    /** A person or organisation: a string, an object with a name, or a list of those (joined). */
    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            StringBuilder names = new StringBuilder();
            for (JsonNode each : node) {
                String one = name(each);
                if (one != null) {
                    names.append(names.isEmpty() ? "" : ", ").append(one);
                }
            }
            return names.isEmpty() ? null : names.toString();
        }
        return node.isObject() ? text(node.get("name")) : text(node);
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.asText().isBlank() ? null : node.asText().strip();
    }
}
