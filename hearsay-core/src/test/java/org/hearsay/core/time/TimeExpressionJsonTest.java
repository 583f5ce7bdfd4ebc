package org.hearsay.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.hearsay.core.json.AnalysisJson;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Provenance;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.Span;
import org.hearsay.core.model.TimeExpression;
import org.junit.jupiter.api.Test;

class TimeExpressionJsonTest {
    @Test
    void timeExpressionsSurviveAJsonRoundTrip() throws Exception {
        String text = "Bis Ende des Jahres, vor der Eröffnung.";
        Article article = new Article("id", "test", "text", null, null, null, null,
                new PublicationTime(LocalDateTime.of(2024, 11, 12, 8, 9), null, "12.11.2024 08:09"), "de", text, List.of());
        List<TimeExpression> times = List.of(
                new TimeExpression(new Span(4, 19), "Ende des Jahres", TimeExpression.Type.DATE, "2024", "END", "UNTIL",
                        null, null, "2024-12-31", null),
                new TimeExpression(new Span(25, 38), "der Eröffnung", TimeExpression.Type.DATE, null, null, "BEFORE",
                        null, "Eröffnung", null, "the text gives no date for this event"));
        Analysis analysis = Analysis.of(article, new Provenance("test", "hash", List.of("de-time")))
                .with(Layers.TIME_EXPRESSIONS, times);
        String json = AnalysisJson.write(analysis);
        assertTrue(json.contains("\"timeExpressions\""));
        assertEquals(analysis, AnalysisJson.read(json));
    }
}
