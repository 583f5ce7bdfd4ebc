package org.hearsay.eval.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hearsay.core.model.Claim.ConditionKind;
import org.hearsay.core.model.Claim.Modality;
import org.hearsay.core.model.Claim.Orientation;
import org.hearsay.core.model.Claim.Polarity;
import org.hearsay.core.model.Span;

/**
 * Reads the claim gold set that ships in this jar: {@code claims-de.json} and {@code claims-en.json}
 * next to this class, one object per paragraph with its claims. A claim's evidence must occur
 * exactly once in its paragraph, so that it names one place; a file that breaks this or names an
 * unknown value is rejected with the paragraph's id.
 */
public final class ClaimGold {
    /** The languages the gold set covers, in report order. */
    public static final List<String> LANGUAGES = List.of("de", "en");
    /** The holder value that stands for the article itself. */
    static final String ARTICLE = "article";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimGold() {
    }

    /** The shipped paragraphs of one language. */
    public static List<GoldParagraph> load(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no claim gold set for '" + language + "' (have " + LANGUAGES + ")");
        }
        String name = "claims-" + language + ".json";
        try (InputStream in = ClaimGold.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /** @param name the file's name, for messages */
    public static List<GoldParagraph> read(InputStream in, String name) throws IOException {
        JsonNode root = JSON.readTree(in);
        String language = required(root, "language", name).asText();
        List<GoldParagraph> paragraphs = new ArrayList<>();
        for (JsonNode p : required(root, "paragraphs", name)) {
            String id = required(p, "id", name).asText();
            try {
                paragraphs.add(paragraph(id, language, p));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + ", paragraph " + id + ": " + e.getMessage(), e);
            }
        }
        return paragraphs;
    }

    private static GoldParagraph paragraph(String id, String language, JsonNode p) {
        String text = required(p, "text", id).asText();
        List<GoldClaim> claims = new ArrayList<>();
        for (JsonNode c : required(p, "claims", id)) {
            claims.add(claim(c, text));
        }
        String outlet = p.path("outlet").isTextual() ? p.path("outlet").asText() : null;
        return new GoldParagraph(id, language, LocalDate.parse(required(p, "published", id).asText()), outlet, text,
                claims);
    }

    private static GoldClaim claim(JsonNode c, String text) {
        String evidence = required(c, "evidence", "claim").asText();
        int start = text.indexOf(evidence);
        if (evidence.isEmpty() || start < 0) {
            throw new IllegalArgumentException("evidence '" + evidence + "' is not in the text");
        }
        if (text.indexOf(evidence, start + 1) >= 0) {
            throw new IllegalArgumentException("evidence '" + evidence + "' occurs more than once");
        }
        String holder = required(c, "holder", evidence).asText();
        JsonNode condition = c.path("condition");
        boolean conditioned = condition.isObject();
        String deadline = c.path("deadline").isTextual() ? LocalDate.parse(c.path("deadline").asText()).toString() : null;
        return new GoldClaim(new Span(start, start + evidence.length()), ARTICLE.equals(holder) ? null : holder,
                Modality.valueOf(required(c, "modality", evidence).asText()),
                Polarity.valueOf(required(c, "polarity", evidence).asText()),
                Orientation.valueOf(required(c, "orientation", evidence).asText()),
                conditioned ? ConditionKind.valueOf(required(condition, "kind", evidence).asText()) : null,
                conditioned ? required(condition, "cue", evidence).asText().toLowerCase(Locale.ROOT) : null,
                deadline, required(c, "trackable", evidence).asBoolean());
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(where + ": '" + field + "' is missing");
        }
        return value;
    }
}
