package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.SourceRelay;
import org.hearsay.core.pipeline.Stage;

/**
 * German quotations, their sources and relay chains, by rules over tokens, tags, mood and entity
 * mentions: direct quotes with their reporting clause ({@link DirectQuotes}), indirect and
 * reported speech after reporting verbs ({@link ReportingClauses}), "laut"/"zufolge"
 * ({@link AccordingTo}), "heißt es" and passive reports ({@link ImpersonalReports}), direct
 * quotes going on after their frame ({@link QuoteContinuations}) and continuations in Konjunktiv
 * or "soll" ({@link FreeIndirect}), then quotes in marks long enough to be someone's words
 * ({@link UnattributedQuotes}), and last sentences that a model trained on the Wikinews train split
 * takes for reported speech ({@link ModelSentences}); speakers become
 * article-level sources ({@link SourceBook}) and "beruft sich auf" statements relay edges
 * ({@link RelayStatements}). A statement the article makes itself is no quotation.
 *
 * <p>Stateless apart from the immutable word lists, so one instance serves any number of threads.
 */
public final class GermanQuotationStage implements Stage {
    private final QuoteLexicon lexicon = QuoteLexicon.standard();
    private final QuoteSentenceModel model;

    /** The rules and the shipped sentence model ({@link QuoteSentenceModel}), if the class path has one. */
    public GermanQuotationStage() {
        this(QuoteSentenceModel.shipped());
    }

    /** @param model the sentence model, or null for the rules alone */
    GermanQuotationStage(QuoteSentenceModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "de-quotations";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.ENTITY_MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.QUOTATIONS, Layers.SOURCES, Layers.SOURCE_RELAYS);
    }

    @Override
    public String configuration() {
        return "rules=direct,reporting,according-to,impersonal,continuations,free-indirect,unattributed,relays;lists="
                + lexicon.fingerprint() + ";sentence-model=" + (model == null ? "none" : model.size() + " weights");
    }

    @Override
    public Analysis apply(Analysis analysis) {
        Words words = new Words(analysis);
        Phrases phrases = new Phrases(words);
        RuleResult found = rules(words, phrases);
        List<Quotation> quotations = new ArrayList<>(found.quotations());
        if (model != null) {
            quotations.addAll(new ModelSentences(words, phrases, lexicon, model).find(List.copyOf(quotations), found.taken(),
                    found.book()));
            quotations.sort(Comparator.comparing(Quotation::extent));
        }
        return analysis.with(Layers.QUOTATIONS, quotations).with(Layers.SOURCES, found.book().sources())
                .with(Layers.SOURCE_RELAYS, found.edges());
    }

    /** What the rules find: quotations sorted by position, the source book, relay edges and the tokens in quotes. */
    record RuleResult(List<Quotation> quotations, SourceBook book, List<SourceRelay> edges, BitSet taken) {
    }

    RuleResult rules(Words words, Phrases phrases) {
        BitSet taken = new BitSet(words.size());
        List<Candidate> candidates = new ArrayList<>(new DirectQuotes(words, phrases, lexicon).find(taken));
        BitSet quoted = (BitSet) taken.clone();
        // Words inside a longer quote without a frame are someone's words too, not the narrator's reports.
        markLongQuotes(words, quoted);
        candidates.addAll(new ReportingClauses(words, phrases, lexicon).find(quoted));
        candidates.addAll(new AccordingTo(words, phrases, lexicon).find(quoted));
        candidates.addAll(new ImpersonalReports(words, phrases, lexicon).find(quoted));
        candidates = outermost(candidates).stream().filter(c -> !firstOrSecondPerson(words, c.speaker())).toList();
        List<RelayStatements.Relay> relays = new RelayStatements(words, phrases, lexicon).find();

        SourceBook book = new SourceBook(words, lexicon, taken);
        Map<Candidate, String> speakers = new IdentityHashMap<>();
        List<SourceRelay> edges = new ArrayList<>();
        // Speakers in text order, so that "er" and "der Gesprächspartner" find what came before.
        List<Object> events = new ArrayList<>(candidates);
        events.addAll(relays);
        events.sort(Comparator.comparingInt(e -> e instanceof Candidate c ? position(words, c)
                : ((RelayStatements.Relay) e).relay().first()));
        for (Object event : events) {
            if (event instanceof Candidate c) {
                SourceBook.Entry entry = c.speaker() == null ? null : book.resolve(c.speaker(), c.pluralVerb());
                speakers.put(c, entry == null ? null : entry.id);
            } else {
                RelayStatements.Relay relay = (RelayStatements.Relay) event;
                SourceBook.Entry relaying = book.resolve(relay.relay(), false);
                for (RelayStatements.Member member : relay.members()) {
                    SourceBook.Entry relayed = book.member(member);
                    if (relaying != null && relayed != relaying) {
                        edges.add(new SourceRelay(relaying.id, relayed.id, relay.cue()));
                    }
                }
            }
        }
        RelayChains chains = new RelayChains(book.sources(), edges);
        List<Quotation> quotations = new ArrayList<>();
        for (Candidate c : candidates) {
            String source = speakers.get(c);
            quotations.add(new Quotation(c.type(), c.content(), c.cue(), c.cueLemma(), c.frame(),
                    c.speaker() == null ? null : words.spanOf(c.speaker()),
                    c.addressee(), c.medium(), source, c.unclosed(), chains.relayedBy(source)));
        }
        quotations.sort(Comparator.comparing(Quotation::extent));
        quotations.addAll(new QuoteContinuations(words).find(List.copyOf(quotations)));
        quotations.sort(Comparator.comparing(Quotation::extent));
        quotations.addAll(new FreeIndirect(words).find(List.copyOf(quotations), taken));
        quotations.sort(Comparator.comparing(Quotation::extent));
        quotations.addAll(new UnattributedQuotes(words).find(List.copyOf(quotations)));
        quotations.sort(Comparator.comparing(Quotation::extent));
        return new RuleResult(quotations, book, edges, taken);
    }

    private static final Set<String> FIRST_AND_SECOND_PERSON = Set.of("ich", "wir", "du", "mir", "mich", "uns",
            "meiner", "unserer", "meinem", "unserem", "meines", "unseres", "dir", "dich", "euch");

    /** "meiner Meinung nach", "wir sagten": a speaker the article cannot mean itself ("ihr" is also "her": kept). */
    private static boolean firstOrSecondPerson(Words words, Phrase speaker) {
        return speaker != null && speaker.end() - speaker.first() == 1
                && FIRST_AND_SECOND_PERSON.contains(words.form(speaker.first()).toLowerCase(java.util.Locale.ROOT));
    }

    /** Where a candidate's speaker is named, or for one without a speaker where its cue stands. */
    private static int position(Words words, Candidate c) {
        return c.speaker() != null ? c.speaker().first() : words.tokenAtOrAfter(c.cue().start());
    }

    /**
     * Where a candidate is attributed: its cue, its frame where no word is a cue ("Ziercke: „…“"),
     * else its own words (a quote whose speaker the sentence before names).
     */
    private static org.hearsay.core.model.Span anchor(Candidate c) {
        return c.cue() != null ? c.cue() : c.frame() != null ? c.frame() : c.content().get(0);
    }

    private static final int LONG_QUOTE_TOKENS = 4;

    private static void markLongQuotes(Words words, BitSet quoted) {
        for (org.hearsay.core.quotes.QuotedSpan q : words.quotes) {
            int first = words.tokenAtOrAfter(q.content().start());
            int end = words.tokenAtOrAfter(q.content().end());
            if (q.depth() == 0 && end - first >= LONG_QUOTE_TOKENS) {
                quoted.set(first, end);
            }
        }
    }

    /** Drops quotations whose cue lies inside another one's words: a report within a report stays part of it. */
    private static List<Candidate> outermost(List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean nested = false;
            for (Candidate other : candidates) {
                // Each inside the other ("X sagte, nach neuesten Erkenntnissen habe …" read both ways):
                // the first cue frames the rest.
                boolean mutual = c.content().stream().anyMatch(s -> s.contains(anchor(other)))
                        && anchor(c).start() < anchor(other).start();
                if (other != c && other.content().stream().anyMatch(s -> s.contains(anchor(c))) && !mutual) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                kept.add(c);
            }
        }
        return kept;
    }
}
