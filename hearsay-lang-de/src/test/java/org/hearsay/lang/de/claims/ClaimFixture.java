package org.hearsay.lang.de.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hearsay.core.ContentHash;
import org.hearsay.core.claims.ClaimStage;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Span;
import org.hearsay.core.pipeline.Pipeline;
import org.hearsay.lang.de.GermanLanguagePack;
import org.hearsay.lang.de.entities.GermanEntityStage;
import org.hearsay.lang.de.quotes.GermanQuotationStage;
import org.hearsay.lang.de.time.GermanTimeStage;
import org.hearsay.lang.de.tokens.GermanTokenStage;

/**
 * Test helper: the German stages up to claims, built once per test JVM, over texts laid out as the
 * plain-text reader does (title, lead, dateline, headings without final punctuation, paragraphs).
 */
final class ClaimFixture {
    private static final Pattern DATELINE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}");
    private static final ClaimStage CLAIMS = new ClaimStage("de-claims", GermanClaimLanguage.INSTANCE);

    private ClaimFixture() {
    }

    private static final class Holder {
        static final Pipeline UP_TO_QUOTATIONS = new Pipeline(List.of(new GermanTokenStage(), new GermanEntityStage(),
                new GermanTimeStage(), new GermanQuotationStage()));
        static final Pipeline UP_TO_CLAIMS = new Pipeline(new GermanLanguagePack().stages()).only(Set.of(Layers.CLAIMS));
    }

    /** The German pack's analysis up to claims of a text published at {@code published}. */
    static Analysis analyse(String text, LocalDateTime published) {
        return Holder.UP_TO_CLAIMS.analyze(article(text, published));
    }

    /** Claims over a text with the entities {@code entities} makes (instead of the coreference stage's). */
    static Analysis analyse(String text, LocalDateTime published, Function<Analysis, List<Entity>> entities) {
        Analysis upToQuotations = Holder.UP_TO_QUOTATIONS.analyze(article(text, published));
        return CLAIMS.apply(upToQuotations.with(Layers.ENTITIES, entities.apply(upToQuotations)));
    }

    static Article article(String text, LocalDateTime published) {
        List<Section> sections = new ArrayList<>();
        int start = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            SectionKind kind = i == 0 ? SectionKind.TITLE : i == 1 ? SectionKind.LEAD
                    : DATELINE.matcher(line).matches() ? SectionKind.DATELINE
                    : line.matches(".*[.!?“\"]$") ? SectionKind.PARAGRAPH : SectionKind.HEADING;
            if (!line.isBlank()) {
                sections.add(new Section(kind, new Span(start, start + line.length())));
            }
            start += line.length() + 1;
        }
        PublicationTime time = published == null ? null : new PublicationTime(published, null, published.toString());
        return new Article(ContentHash.of(text), "test", "text", null, null, lines[0], null, time, "de", text, sections);
    }

    /** The claims whose span contains {@code phrase}. */
    static List<Claim> containing(Analysis analysis, String phrase) {
        return analysis.get(Layers.CLAIMS).stream().filter(c -> analysis.textOf(c.span()).contains(phrase)).toList();
    }

    /** The one claim whose span contains {@code phrase}. */
    static Claim claim(Analysis analysis, String phrase) {
        List<Claim> found = containing(analysis, phrase);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " claims contain '" + phrase + "':\n" + describe(analysis));
        }
        return found.get(0);
    }

    static String holderName(Analysis analysis, Claim claim) {
        return claim.holder() == null ? null : analysis.get(Layers.SOURCES).stream()
                .filter(s -> s.id().equals(claim.holder())).map(Source::name).findFirst().orElseThrow();
    }

    static String describe(Analysis analysis) {
        StringBuilder out = new StringBuilder();
        for (Claim c : analysis.get(Layers.CLAIMS)) {
            out.append(c.id()).append(' ').append(c.modality()).append(' ').append(c.polarity()).append(' ')
                    .append(c.orientation()).append(" holder=").append(holderName(analysis, c))
                    .append(" cond=").append(c.condition() == null ? null : c.condition().kind() + ":" + c.condition().text())
                    .append(" time=").append(c.time() == null ? null : c.time().text() + "→" + c.time().deadline())
                    .append(" track=").append(c.trackable()).append(" from=").append(c.judgeableFrom())
                    .append(" conf=").append(c.confidence()).append(" restates=").append(c.restates())
                    .append("\n    [").append(analysis.textOf(c.span())).append("]\n    ").append(c.proposition())
                    .append(c.question() == null ? "" : "\n    ? " + c.question()).append('\n');
        }
        return out.toString();
    }

    /** The seed article of the project's shared folder, when this checkout has it. */
    static Optional<String> seedArticle() throws IOException {
        for (String root : new String[] {"../shared", "../../shared"}) {
            Path path = Path.of(root, "seed/000_2a976e1a81791f92.txt");
            if (Files.isRegularFile(path)) {
                return Optional.of(Files.readString(path));
            }
        }
        return Optional.empty();
    }
}
