package org.hearsay.lang.de.quotes;

import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;

/**
 * Training examples for {@link QuoteSentenceModel} from one analysed article and the character
 * spans of its gold quotations: every sentence the rules leave open, labelled quoted when gold
 * quotations cover at least half of its characters.
 */
public final class QuoteSentenceExamples {
    private static final double QUOTED_SHARE = 0.5;

    private QuoteSentenceExamples() {
    }

    /** @param analysis an analysis with sentences, tokens and entity mentions (other layers are ignored) */
    public static List<QuoteSentenceModel.Example> of(Analysis analysis, List<Span> goldQuotes) {
        Words words = new Words(analysis);
        Phrases phrases = new Phrases(words);
        QuoteLexicon lexicon = QuoteLexicon.standard();
        GermanQuotationStage.RuleResult rules = new GermanQuotationStage(null).rules(words, phrases);
        SentenceFeatures features = new SentenceFeatures(words, phrases, lexicon);
        List<QuoteSentenceModel.Example> examples = new ArrayList<>();
        for (Sentence sentence : words.sentences) {
            if (ModelSentences.open(sentence, rules.quotations(), rules.taken())) {
                examples.add(new QuoteSentenceModel.Example(features.of(sentence, rules.quotations()),
                        covered(sentence.span(), goldQuotes) >= QUOTED_SHARE * sentence.span().length()));
            }
        }
        return examples;
    }

    private static int covered(Span sentence, List<Span> gold) {
        int[] marks = new int[sentence.length()];
        for (Span g : gold) {
            for (int c = Math.max(g.start(), sentence.start()); c < Math.min(g.end(), sentence.end()); c++) {
                marks[c - sentence.start()] = 1;
            }
        }
        int sum = 0;
        for (int m : marks) {
            sum += m;
        }
        return sum;
    }
}
