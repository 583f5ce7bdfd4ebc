package org.hearsay.eval.quotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.StringJoiner;

/**
 * Writes documents in the German Wikinews corpus's own JSON (same keys, same key order as the
 * gold files), so that predictions can also be scored by the dataset authors' published script.
 * Each document goes to the folder under its corpus file name.
 */
public final class WikinewsQuoteWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WikinewsQuoteWriter() {
    }

    /**
     * Predictions in the corpus's form: each role's tokens (every corpus token a predicted span
     * touches), cut into contiguous pieces; a role's text is its pieces' text joined by a space,
     * as in the gold files. A quotation is nested when its quote tokens are a proper subset of
     * another prediction's quote tokens.
     */
    public static List<CorpusQuotation> toCorpus(QuoteDocument document, List<PredictedQuotation> predictions) {
        TokenIndex index = document.tokenIndex();
        List<TokenQuotation> mapped = predictions.stream().map(p -> TokenQuotation.of(p, index)).toList();
        List<CorpusQuotation> out = new ArrayList<>();
        for (int i = 0; i < mapped.size(); i++) {
            TokenQuotation q = mapped.get(i);
            Map<Role, RoleAnnotation> roles = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                roles.put(role, annotation(document, q.sorted(role)));
            }
            boolean nested = false;
            boolean hasNested = false;
            for (int j = 0; j < mapped.size(); j++) {
                if (j != i) {
                    nested |= properSubset(q.tokens(Role.QUOTE), mapped.get(j).tokens(Role.QUOTE));
                    hasNested |= properSubset(mapped.get(j).tokens(Role.QUOTE), q.tokens(Role.QUOTE));
                }
            }
            out.add(new CorpusQuotation(i, q.type(), q.medium(), nested, hasNested, roles));
        }
        return out;
    }

    private static boolean properSubset(Set<Integer> inner, Set<Integer> outer) {
        return !inner.isEmpty() && inner.size() < outer.size() && outer.containsAll(inner);
    }

    private static RoleAnnotation annotation(QuoteDocument document, SortedSet<Integer> ids) {
        if (ids.isEmpty()) {
            return RoleAnnotation.ABSENT;
        }
        List<CorpusToken> tokens = document.tokens();
        List<TokenSpan> spans = new ArrayList<>();
        StringJoiner text = new StringJoiner(" ");
        int begin = -1;
        int previous = -2;
        for (int id : ids) {
            if (id != previous + 1) {
                if (begin >= 0) {
                    spans.add(span(tokens, begin, previous + 1));
                }
                begin = id;
            }
            previous = id;
        }
        spans.add(span(tokens, begin, previous + 1));
        for (TokenSpan s : spans) {
            text.add(document.originalText().substring(s.charBegin(), s.charEnd()));
        }
        return new RoleAnnotation(text.toString(), List.copyOf(ids), spans);
    }

    private static TokenSpan span(List<CorpusToken> tokens, int begin, int end) {
        return new TokenSpan(begin, end, tokens.get(begin).charBegin(), tokens.get(end - 1).charEnd());
    }

    /** Writes the document to {@code folder/document.file()}, creating the folder. */
    public static Path write(Path folder, QuoteDocument document) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(document.file());
        JSON.writeValue(file.toFile(), toJson(document));
        return file;
    }

    static ObjectNode toJson(QuoteDocument document) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode annotations = root.putArray("annotations");
        for (CorpusQuotation q : document.quotations()) {
            ObjectNode a = annotations.addObject();
            a.set("addressee", role(q.role(Role.ADDRESSEE)));
            a.set("cue", role(q.role(Role.CUE)));
            a.set("frame", role(q.role(Role.FRAME)));
            a.put("hasNested", q.hasNested());
            a.put("id", q.id());
            a.put("isNested", q.nested());
            a.put("medium", q.medium());
            a.set("quote", role(q.role(Role.QUOTE)));
            a.set("speaker", role(q.role(Role.SPEAKER)));
            a.put("type", q.type() == null ? null : q.type().label());
        }
        root.put("documentName", document.documentName());
        root.put("originalText", document.originalText());
        ArrayNode sentences = root.putArray("sentences");
        for (CorpusSentence s : document.sentences()) {
            ObjectNode n = sentences.addObject();
            n.put("begin", s.begin());
            n.put("charBegin", s.charBegin());
            n.put("charEnd", s.charEnd());
            n.put("end", s.end());
            n.put("id", s.id());
            n.put("text", s.text());
            s.tokenIds().forEach(n.putArray("tokenIds")::add);
            s.tokens().forEach(n.putArray("tokens")::add);
        }
        ArrayNode tokens = root.putArray("tokens");
        for (CorpusToken t : document.tokens()) {
            ObjectNode n = tokens.addObject();
            n.put("charBegin", t.charBegin());
            n.put("charEnd", t.charEnd());
            n.put("id", t.id());
            n.put("sentence", t.sentence());
            n.put("text", t.text());
            n.put("word", t.word());
        }
        return root;
    }

    private static ObjectNode role(RoleAnnotation annotation) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode spans = n.putArray("spans");
        for (TokenSpan s : annotation.spans()) {
            ObjectNode span = spans.addObject();
            span.put("begin", s.begin());
            span.put("charBegin", s.charBegin());
            span.put("charEnd", s.charEnd());
            span.put("end", s.end());
        }
        n.put("text", annotation.text());
        annotation.tokenIds().forEach(n.putArray("tokenIds")::add);
        return n;
    }
}
