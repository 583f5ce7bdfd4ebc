package org.hearsay.lang.de.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layer;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.hearsay.core.pipeline.Stage;
import org.hearsay.core.text.WordLists;

/**
 * German named-entity mentions (PER, ORG, LOC, MISC): CoreNLP's German CRF, then rules that fix
 * what it is known to get wrong, in this order:
 * <ol>
 * <li>edges and merged persons ({@link BoundaryRepair});</li>
 * <li>events taken for organisations ({@link CompetitionNames});</li>
 * <li>names from our own lists ({@link GazetteerTagging});</li>
 * <li>types announced by a preceding noun ({@link TriggerTagging});</li>
 * <li>missed names that LanguageTool's dictionary lists as places or first names
 *     ({@link LexiconTagging});</li>
 * <li>one type per name across the document, and its repetitions found
 *     ({@link DocumentConsistency}).</li>
 * </ol>
 * Each step works on {@link Candidate}s whose evidence decides who may overrule whom.
 * Immutable after construction, so one instance serves any number of threads.
 */
public final class GermanEntityStage implements Stage {
    private final BoundaryRepair boundaryRepair;
    private final GazetteerTagging gazetteerTagging;
    private final TriggerTagging triggerTagging;
    private final LexiconTagging lexiconTagging;
    private final CompetitionNames competitionNames = new CompetitionNames();
    private final DocumentConsistency documentConsistency = new DocumentConsistency();

    public GermanEntityStage() {
        TriggerNouns triggers = TriggerNouns.standard();
        this.boundaryRepair = new BoundaryRepair(Set.copyOf(WordLists.lines(GermanEntityStage.class, "first-names.txt")), triggers);
        this.gazetteerTagging = new GazetteerTagging(Gazetteer.standard());
        Lexicon lexicon = new Lexicon();
        this.triggerTagging = new TriggerTagging(triggers, lexicon);
        this.lexiconTagging = new LexiconTagging(lexicon);
    }

    @Override
    public String name() {
        return "de-entities";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ENTITY_MENTIONS);
    }

    @Override
    public String configuration() {
        return "crf=" + CrfNameTagger.MODEL + ";rules=boundaries,competitions,gazetteer,triggers,lexicon,document";
    }

    @Override
    public Analysis apply(Analysis analysis) {
        List<Token> tokens = analysis.get(Layers.TOKENS);
        DocumentWords words = DocumentWords.of(tokens);
        List<Candidate> candidates = tagged(analysis);
        candidates = boundaryRepair.repair(words.forms(), candidates);
        candidates = competitionNames.apply(words, candidates);
        candidates = gazetteerTagging.apply(words, candidates);
        candidates = triggerTagging.apply(words, candidates);
        candidates = lexiconTagging.apply(words, candidates);
        candidates = documentConsistency.apply(words, candidates);
        List<EntityMention> mentions = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            mentions.add(mention(analysis, tokens.get(c.first()), tokens.get(c.end() - 1), c.type()));
        }
        return analysis.with(Layers.ENTITY_MENTIONS, mentions);
    }

    /** The statistical tagger's mentions, sentence by sentence, as document token ranges. */
    private static List<Candidate> tagged(Analysis analysis) {
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence sentence : analysis.get(Layers.SENTENCES)) {
            List<String> forms = analysis.tokensOf(sentence).stream().map(Token::form).toList();
            if (forms.isEmpty()) {
                continue;
            }
            for (LabelRuns.Run run : LabelRuns.of(CrfNameTagger.tag(forms))) {
                candidates.add(new Candidate(sentence.firstToken() + run.start(), sentence.firstToken() + run.end(),
                        run.type(), Candidate.Evidence.MODEL));
            }
        }
        return candidates;
    }

    private static EntityMention mention(Analysis analysis, Token first, Token last, String type) {
        Span span = new Span(first.span().start(), last.span().end());
        return new EntityMention(span, type, first.index(), last.index() + 1, analysis.textOf(span));
    }
}
