package org.hearsay.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hearsay.core.json.AnalysisJson;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Dependency;
import org.hearsay.core.model.EntityMention;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Provenance;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;
import org.hearsay.core.model.Sentence;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.Token;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

    static Analysis sample(ZoneOffset offset) {
        String text = "Titel\nAnna sagte, sie sei müde.";
        Article article = new Article(ContentHash.of(text), "mem", "text", null, null, "Titel", null,
                new PublicationTime(LocalDateTime.of(2024, 11, 12, 8, 9), offset, "12.11.2024 08:09"), "de", text,
                List.of(new Section(SectionKind.TITLE, new Span(0, 5)), new Section(SectionKind.PARAGRAPH, new Span(6, 31))));
        List<Token> tokens = List.of(
                new Token(0, new Span(6, 10), 0, "Anna", "NE", "Anna", Map.of()),
                new Token(1, new Span(11, 16), 0, "sagte", "VVFIN", "sagen", Map.of("Mood", "Ind", "Tense", "Past")),
                new Token(2, new Span(22, 25), 0, "sei", "VAFIN", "sein", Map.of("Mood", "Sub")));
        return Analysis.of(article, new Provenance("test", "abc", List.of("tokens")))
                .with(Layers.SENTENCES, List.of(new Sentence(0, new Span(6, 31), 0, 3)))
                .with(Layers.TOKENS, tokens)
                .with(Layers.ENTITY_MENTIONS, List.of(new EntityMention(new Span(6, 10), "PER", 0, 1, "Anna")))
                .with(Layers.DEPENDENCIES, List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj")));
    }

    @Test
    void writingThenReadingGivesTheSameAnalysis() throws IOException {
        for (ZoneOffset offset : new ZoneOffset[] {null, ZoneOffset.ofHours(2)}) {
            Analysis original = sample(offset);
            String json = AnalysisJson.write(original);
            Analysis back = AnalysisJson.read(json);
            assertEquals(original, back);
            assertEquals(json, AnalysisJson.write(back));
            String line = AnalysisJson.writeLine(original);
            assertEquals(-1, line.indexOf('\n'));
            assertEquals(original, AnalysisJson.read(line));
        }
    }

    @Test
    void jsonNamesLayersAndKeepsAMissingZoneMissing() {
        String json = AnalysisJson.write(sample(null));
        assertTrue(json.contains("\"entityMentions\""), json);
        assertTrue(json.contains("\"offset\" : null"), json);
    }

    @Test
    void unknownLayersAndFormatsAreRejected() {
        String json = AnalysisJson.write(sample(null));
        assertThrows(IOException.class, () -> AnalysisJson.read(json.replace("\"entityMentions\"", "\"bogus\"")));
        assertThrows(IOException.class, () -> AnalysisJson.read(json.replace("\"format\" : 1", "\"format\" : 99")));
        assertThrows(IOException.class, () -> AnalysisJson.read("[]"));
    }

    @Test
    void aLayerCannotBeAddedTwice() {
        Analysis a = sample(null);
        assertThrows(IllegalStateException.class, () -> a.with(Layers.TOKENS, List.of()));
    }
}
