package org.hearsay.eval.quotes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hearsay.core.InputException;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Span;
import org.hearsay.core.pipeline.Analyzer;

/**
 * Hearsay's full installed pipeline for one language, its quotation layer mapped onto the
 * corpus conventions:
 * <ul>
 * <li>quote: Hearsay's content pieces; a piece that lies directly between quotation marks is
 * widened to include them, because the corpus counts the marks as part of a direct quote;</li>
 * <li>speaker: Hearsay's speaker span; when Hearsay carries the speaker over from an earlier
 * statement (span null, source resolved), the source's last mention before the quote, since the
 * corpus annotates that earlier mention as the speaker; cue, frame, addressee as they are;</li>
 * <li>type: DIRECT, INDIRECT, REPORTED as named; MIXED (paraphrase taking over quoted words) as
 * Indirect; FREE_INDIRECT, which covers both of the corpus's free indirect kinds, as FreeIndirect
 * when its content has a form of "sollen" (the corpus's reportative "soll" class) and as
 * IndirectFreeIndirect (Konjunktiv I) otherwise;</li>
 * <li>medium: Speech, Writing, Thought; null (never correct) when Hearsay gives none.</li>
 * </ul>
 * German predictions then follow the Wikinews corpus's conventions ({@link WikinewsConventions}).
 */
public final class HearsayQuotationSystem implements QuotationSystem {
    private static final Pattern SOLLEN = Pattern.compile("\\b(soll|sollst|sollen|sollt|sollte|sollten|solle)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String OPENING_MARKS = "„“”\"»«‚‘";
    private static final String CLOSING_MARKS = "“”\"«»‘’";

    private final Analyzer analyzer;
    /** German runs are scored on Wikinews, whose marking conventions are applied ({@link WikinewsConventions}). */
    private final boolean wikinews;
    private int documents;
    private int withoutLayer;
    private int quotations;

    /** The installed language packs, full analysis. */
    public HearsayQuotationSystem(String language) {
        this(Analyzer.installed(), language);
    }

    /** Checks the analyzer supports the language and analyses a probe sentence, so models load now. */
    public HearsayQuotationSystem(Analyzer analyzer, String language) {
        this.analyzer = analyzer;
        this.wikinews = "de".equals(language);
        if (!analyzer.supports(language)) {
            throw new IllegalStateException("no language pack for '" + language + "' on the class path");
        }
        String probe = "de".equals(language)
                ? "Die Kanzlerin sagte am Montag in Berlin, sie sei zufrieden."
                : "The chancellor said on Monday in Berlin that she was satisfied.";
        try {
            analyzer.analyze(EvalArticles.of("probe", language, probe));
        } catch (InputException e) {
            throw new IllegalStateException("the " + language + " pipeline rejects a probe sentence: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "Hearsay";
    }

    @Override
    public List<PredictedQuotation> predict(Article article) throws InputException {
        Analysis analysis = analyzer.analyze(article);
        documents++;
        if (!analysis.has(Layers.QUOTATIONS)) {
            withoutLayer++;
        }
        Map<String, List<Span>> mentions = new HashMap<>();
        analysis.get(Layers.SOURCES).forEach(s -> mentions.put(s.id(), s.mentions()));
        List<PredictedQuotation> out = new ArrayList<>();
        for (Quotation q : analysis.get(Layers.QUOTATIONS)) {
            out.add(map(q, mentions, article.text()));
        }
        if (wikinews) {
            out = new WikinewsConventions(article.text(), analysis.get(Layers.SENTENCES)).apply(out);
        }
        quotations += out.size();
        return out;
    }

    /** @param mentions the mentions of each source, by source id */
    static PredictedQuotation map(Quotation q, Map<String, List<Span>> mentions, String text) {
        Map<Role, List<Span>> spans = new EnumMap<>(Role.class);
        spans.put(Role.QUOTE, q.content().stream().map(piece -> withMarks(piece, text)).toList());
        Span speaker = q.speaker() != null ? q.speaker()
                : q.source() == null ? null : carriedOver(mentions.get(q.source()), q.extent());
        spans.put(Role.SPEAKER, listOf(speaker));
        spans.put(Role.CUE, listOf(q.cue()));
        spans.put(Role.FRAME, listOf(q.frame()));
        spans.put(Role.ADDRESSEE, listOf(q.addressee()));
        return new PredictedQuotation(type(q, text), medium(q.medium()), spans);
    }

    private static List<Span> listOf(Span span) {
        return span == null ? List.of() : List.of(span);
    }

    static Span withMarks(Span piece, String text) {
        boolean opened = piece.start() > 0 && OPENING_MARKS.indexOf(text.charAt(piece.start() - 1)) >= 0;
        boolean closed = piece.end() < text.length() && CLOSING_MARKS.indexOf(text.charAt(piece.end())) >= 0;
        return opened && closed ? new Span(piece.start() - 1, piece.end() + 1) : piece;
    }

    /** The source's last mention that ends before the quote starts; its first mention if none does. */
    private static Span carriedOver(List<Span> mentions, Span quote) {
        if (mentions == null || mentions.isEmpty()) {
            return null;
        }
        Span best = null;
        for (Span mention : mentions) {
            if (mention.end() <= quote.start() && (best == null || mention.start() > best.start())) {
                best = mention;
            }
        }
        return best != null ? best : mentions.getFirst();
    }

    private static QuoteType type(Quotation q, String text) {
        return switch (q.type()) {
            case DIRECT -> QuoteType.DIRECT;
            case INDIRECT, MIXED -> QuoteType.INDIRECT;
            case REPORTED -> QuoteType.REPORTED;
            case FREE_INDIRECT -> q.content().stream().anyMatch(piece -> SOLLEN.matcher(piece.of(text)).find())
                    ? QuoteType.FREE_INDIRECT : QuoteType.INDIRECT_FREE_INDIRECT;
        };
    }

    private static String medium(Quotation.Medium medium) {
        if (medium == null) {
            return null;
        }
        String name = medium.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    @Override
    public String remarks() {
        return quotations + " quotations in " + documents + " documents"
                + (withoutLayer > 0 ? "; the quotation layer was missing in " + withoutLayer + " documents" : "");
    }
}
