package org.hearsay.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hearsay.eval.CorpusFiles;

/**
 * Reads one split of the German Wikinews quotation corpus (quotes-de-wikinews/dev or train): every
 * {@code *.json} file directly in the folder, in file-name order so that a limit always picks the
 * same articles. Unlike {@code bench.WikinewsReader}, which needs only the texts, this keeps
 * tokens, sentences and annotations. Files this project writes with {@link WikinewsQuoteWriter}
 * read back the same way.
 */
public final class WikinewsQuoteReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WikinewsQuoteReader() {
    }

    /** @param limit the first N documents; 0 for all */
    public static List<QuoteDocument> read(Path folder, int limit) {
        List<Path> files = CorpusFiles.first(CorpusFiles.in(folder, ".json"), limit);
        List<QuoteDocument> documents = new ArrayList<>(files.size());
        for (Path file : files) {
            documents.add(readFile(file));
        }
        return documents;
    }

    public static QuoteDocument readFile(Path file) {
        try {
            return document(file.getFileName().toString(), JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static QuoteDocument document(String file, JsonNode root) {
        String text = required(root, "originalText").asText();
        List<CorpusSentence> sentences = new ArrayList<>();
        for (JsonNode s : root.path("sentences")) {
            sentences.add(new CorpusSentence(s.path("id").asInt(), s.path("begin").asInt(), s.path("end").asInt(),
                    s.path("charBegin").asInt(), s.path("charEnd").asInt(), s.path("text").asText(),
                    ints(s.path("tokenIds")), strings(s.path("tokens"))));
        }
        List<CorpusToken> tokens = new ArrayList<>();
        for (JsonNode t : required(root, "tokens")) {
            CorpusToken token = new CorpusToken(t.path("id").asInt(), t.path("text").asText(),
                    t.path("charBegin").asInt(), t.path("charEnd").asInt(), t.path("sentence").asInt(),
                    t.path("word").asInt());
            if (token.charEnd() > text.length() || token.charBegin() > token.charEnd()) {
                throw new IllegalArgumentException("token " + token.id() + " outside the text");
            }
            tokens.add(token);
        }
        List<CorpusQuotation> quotations = new ArrayList<>();
        for (JsonNode a : required(root, "annotations")) {
            quotations.add(quotation(a, tokens.size()));
        }
        return new QuoteDocument(file, root.path("documentName").asText(), text, sentences, tokens, quotations);
    }

    private static CorpusQuotation quotation(JsonNode a, int tokenCount) {
        Map<Role, RoleAnnotation> roles = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            roles.put(role, role(a.path(role.key()), tokenCount));
        }
        JsonNode type = a.path("type");
        JsonNode medium = a.path("medium");
        return new CorpusQuotation(a.path("id").asInt(),
                type.isTextual() ? QuoteType.fromLabel(type.asText()) : null,
                medium.isTextual() ? medium.asText() : null,
                a.path("isNested").asBoolean(), a.path("hasNested").asBoolean(), roles);
    }

    /** A role object; a missing role, or the empty list the corpus README's example shows, is absent. */
    private static RoleAnnotation role(JsonNode node, int tokenCount) {
        if (!node.isObject()) {
            return RoleAnnotation.ABSENT;
        }
        List<Integer> ids = ints(node.path("tokenIds"));
        for (int id : ids) {
            if (id < 0 || id >= tokenCount) {
                throw new IllegalArgumentException("token id " + id + " out of range");
            }
        }
        List<TokenSpan> spans = new ArrayList<>();
        for (JsonNode s : node.path("spans")) {
            spans.add(new TokenSpan(s.path("begin").asInt(), s.path("end").asInt(),
                    s.path("charBegin").asInt(), s.path("charEnd").asInt()));
        }
        return new RoleAnnotation(node.path("text").asText(), ids, spans);
    }

    private static JsonNode required(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("no " + key + " field");
        }
        return node;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asInt()));
        return values;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
