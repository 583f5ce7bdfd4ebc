package org.hearsay.lang.de.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Quotation;
import org.hearsay.core.model.Quotation.Type;
import org.hearsay.core.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The averaged perceptron, its file, and the examples it is trained on; invented sentences. */
class QuoteSentenceModelTest {
    private static final List<QuoteSentenceModel.Example> EXAMPLES = List.of(
            new QuoteSentenceModel.Example(List.of("bias", "mood=konj1", "l=sein"), true),
            new QuoteSentenceModel.Example(List.of("bias", "mood=ind", "l=sein"), false),
            new QuoteSentenceModel.Example(List.of("bias", "mood=konj1", "l=haben"), true),
            new QuoteSentenceModel.Example(List.of("bias", "mood=ind", "l=haben"), false));

    @Test
    void learnsTheFeatureThatSeparatesTheExamples() {
        QuoteSentenceModel model = QuoteSentenceModel.train(EXAMPLES, 5);
        assertTrue(model.score(List.of("bias", "mood=konj1", "l=gehen")) > 0);
        assertTrue(model.score(List.of("bias", "mood=ind", "l=gehen")) <= 0);
    }

    @Test
    void theSameExamplesGiveTheSameFileAndItReadsBack(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("a.model");
        Path second = dir.resolve("b.model");
        QuoteSentenceModel.train(EXAMPLES, 5).write(first, "test");
        QuoteSentenceModel.train(EXAMPLES, 5).write(second, "test");
        assertEquals(Files.readAllLines(first), Files.readAllLines(second));
        QuoteSentenceModel read = QuoteSentenceModel.read(Files.readAllLines(first));
        assertEquals(QuoteSentenceModel.train(EXAMPLES, 5).score(List.of("mood=konj1", "bias")),
                read.score(List.of("mood=konj1", "bias")), 1e-4);
    }

    @Test
    void theShippedModelLoads() {
        QuoteSentenceModel shipped = QuoteSentenceModel.shipped();
        assertNotNull(shipped);
        assertTrue(shipped.size() > 100, "weights: " + shipped.size());
    }

    @Test
    void examplesAreTheSentencesTheRulesLeaveOpenLabelledByGoldCover() {
        String text = "Die Ministerin sagte, die Straße werde gebaut. Der Bau soll im Mai beginnen. Es regnete.";
        Analysis a = QuoteFixture.analyse(text);
        int start = text.indexOf("Der Bau");
        List<QuoteSentenceModel.Example> examples = QuoteSentenceExamples.of(a,
                List.of(new Span(start, text.indexOf("Es regnete"))));
        // The first sentence is the rules' quotation; "soll" after it is their free indirect continuation.
        assertEquals(1, examples.size(), examples.toString());
        assertTrue(examples.getFirst().features().contains("l=regnen"));
        assertFalse(examples.getFirst().quoted());
    }

    @Test
    void aModelThatTakesEverySentenceWithAReportingVerbAddsItAsReportedSpeechOfItsSubject() {
        QuoteSentenceModel everything = new QuoteSentenceModel(Map.of("bias", 1.0));
        Analysis a = QuoteFixture.analyseWith(new GermanQuotationStage(everything),
                "Die Gewerkschaft bestätigte den Termin. Es regnete.");
        List<Quotation> qs = QuoteFixture.quotations(a);
        assertEquals(1, qs.size(), qs.stream().map(q -> QuoteFixture.describe(a, q)).toList().toString());
        assertEquals(Type.REPORTED, qs.getFirst().type());
        assertEquals("Die Gewerkschaft", QuoteFixture.text(a, qs.getFirst().speaker()));
    }
}
