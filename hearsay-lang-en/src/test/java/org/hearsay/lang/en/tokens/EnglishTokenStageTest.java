package org.hearsay.lang.en.tokens;

import static org.hearsay.lang.en.TestArticles.analyse;
import static org.hearsay.lang.en.TestArticles.sentenceTexts;
import static org.hearsay.lang.en.TestArticles.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Token;
import org.hearsay.lang.en.TestArticles;
import org.junit.jupiter.api.Test;

class EnglishTokenStageTest {

    @Test
    void titleAndLeadAreSentencesOfTheirOwn() {
        Analysis analysis = analyse(TestArticles.BRIDGE);
        assertEquals(List.of(
                "Mayor rejects bridge plan",
                "The city council of Springfield voted on Tuesday to delay the new bridge.",
                "“We cannot afford it,” Mayor Linda Carter told reporters in Springfield.",
                "The project was first planned in 2019 by Harbor Construction Inc.",
                "Critics say the delay is costing jobs.",
                "The weather was mild."), sentenceTexts(analysis));
    }

    @Test
    void sentencesAndTokensIndexEachOtherConsistently() {
        Analysis analysis = analyse(TestArticles.BRIDGE);
        List<Token> tokens = analysis.get(Layers.TOKENS);
        int expectedFirst = 0;
        for (Sentence sentence : analysis.get(Layers.SENTENCES)) {
            assertEquals(expectedFirst, sentence.firstToken());
            assertTrue(sentence.endToken() > sentence.firstToken());
            for (Token token : analysis.tokensOf(sentence)) {
                assertEquals(sentence.index(), token.sentence());
                assertTrue(sentence.span().contains(token.span()), token + " outside " + sentence);
            }
            expectedFirst = sentence.endToken();
        }
        assertEquals(tokens.size(), expectedFirst);
        for (int i = 0; i < tokens.size(); i++) {
            assertEquals(i, tokens.get(i).index());
        }
    }

    @Test
    void tokenSpansPointAtTheirWordsInTheArticleText() {
        Analysis analysis = analyse(TestArticles.BRIDGE);
        for (Token token : analysis.get(Layers.TOKENS)) {
            String surface = analysis.textOf(token.span());
            // Before a sentence-final full stop the tokenizer writes "Inc." but points at "Inc".
            String expected = token.form().equals("Inc.") ? "Inc" : token.form();
            assertEquals(expected, surface, "token " + token.index());
        }
    }

    @Test
    void offsetsStayExactAfterCharactersOutsideTheBasicPlane() {
        String text = "Fans cheered 🎉🎉 as Ana Ruiz scored.\n\n  Weather: rain ☔ later.";
        Analysis analysis = TestArticles.pipeline().analyze(
                new Article(ContentHash.of(text), "test", "text", null, null, null, null, null, "en", text, List.of()));
        Token ruiz = token(analysis, "Ruiz");
        assertEquals("Ruiz", analysis.textOf(ruiz.span()));
        assertEquals(text.indexOf("Ruiz"), ruiz.span().start());
        assertEquals(List.of("Fans cheered 🎉🎉 as Ana Ruiz scored.", "Weather: rain ☔ later."),
                sentenceTexts(analysis));
        for (Token token : analysis.get(Layers.TOKENS)) {
            assertEquals(token.form(), analysis.textOf(token.span()));
        }
    }

    @Test
    void curlyQuotesAreTokensOfTheirOwn() {
        Analysis analysis = analyse(TestArticles.BRIDGE);
        List<String> forms = analysis.tokensOf(analysis.get(Layers.SENTENCES).get(2)).stream().map(Token::form).toList();
        assertEquals(List.of("“", "We", "can", "not", "afford", "it", ",", "”", "Mayor", "Linda", "Carter", "told",
                "reporters", "in", "Springfield", "."), forms);
        assertEquals("``", token(analysis, "“").pos());
        assertEquals("''", token(analysis, "”").pos());
    }

    @Test
    void curlyApostrophesStayInsideWords() {
        Analysis analysis = analyse("Officials’ plans fail", "The minister’s aide said O’Brien won’t resign.");
        List<String> forms = analysis.get(Layers.TOKENS).stream().map(Token::form).toList();
        assertTrue(forms.containsAll(List.of("Officials", "’", "minister", "’s", "O’Brien", "wo", "n’t")), forms.toString());
        assertEquals("POS", token(analysis, "’s").pos());
        assertEquals("will", token(analysis, "wo").lemma());
    }

    @Test
    void lemmasAndTenseFeatures() {
        Analysis analysis = analyse(TestArticles.BRIDGE);
        Token told = token(analysis, "told");
        assertEquals("VBD", told.pos());
        assertEquals("tell", told.lemma());
        assertEquals(Map.of("Tense", "Past", "VerbForm", "Fin"), told.features());

        Token rejects = token(analysis, "rejects");
        assertEquals("reject", rejects.lemma());
        assertEquals("3", rejects.feature("Person"));
        assertEquals("Pres", rejects.feature("Tense"));
        assertEquals("Ind", rejects.feature("Mood"));

        assertEquals("Ger", token(analysis, "costing").feature("VerbForm"));
        assertEquals("cost", token(analysis, "costing").lemma());
        assertEquals("Mod", token(analysis, "can").feature("VerbType"));
        assertEquals("reporter", token(analysis, "reporters").lemma());
        assertEquals("Plur", token(analysis, "reporters").feature("Number"));
        assertEquals("be", token(analysis, "was").lemma());
        assertEquals("Part", token(analysis, "planned").feature("VerbForm"));
    }
}
