package org.hearsay.lang.en.entities;

import static org.hearsay.lang.en.TestArticles.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Token;
import org.hearsay.lang.en.TestArticles;
import org.junit.jupiter.api.Test;

class EnglishEntityStageTest {

    private static List<String> mentions(Analysis analysis) {
        return analysis.get(Layers.ENTITY_MENTIONS).stream().map(m -> m.type() + ":" + m.text()).toList();
    }

    @Test
    void findsPersonsOrganisationsAndPlaces() {
        assertEquals(List.of("LOC:Springfield", "PER:Linda Carter", "LOC:Springfield", "ORG:Harbor Construction Inc"),
                mentions(analyse(TestArticles.BRIDGE)));
    }

    @Test
    void splitsAdjacentFullNames() {
        assertEquals(List.of("LOC:Geneva", "PER:Angela Merkel", "PER:Boris Johnson", "PER:Emmanuel Macron",
                        "ORG:United Nations", "LOC:Geneva", "ORG:Microsoft", "ORG:Reuters"),
                mentions(analyse(TestArticles.SUMMIT)));
        assertEquals(List.of("PER:Joe Biden", "PER:Kamala Harris", "LOC:Washington"),
                mentions(analyse("Senator sends congratulations",
                        "The senator congratulated Joe Biden Kamala Harris in Washington on Wednesday.")));
    }

    @Test
    void findsMiscellaneousNames() {
        List<String> found = mentions(analyse("Fans celebrate",
                "Thousands of Brazilian fans travelled to Paris for the World Cup final."));
        assertTrue(found.contains("MISC:Brazilian"), found.toString());
        assertTrue(found.contains("LOC:Paris"), found.toString());
    }

    @Test
    void mentionTokensAndSpansAgree() {
        Analysis analysis = analyse(TestArticles.SUMMIT);
        List<Token> tokens = analysis.get(Layers.TOKENS);
        for (EntityMention mention : analysis.get(Layers.ENTITY_MENTIONS)) {
            assertEquals(tokens.get(mention.firstToken()).span().start(), mention.span().start());
            assertEquals(tokens.get(mention.endToken() - 1).span().end(), mention.span().end());
            assertEquals(analysis.textOf(mention.span()), mention.text());
        }
    }
}
