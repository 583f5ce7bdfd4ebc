package org.hearsay.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Provenance;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.pipeline.Analyzer;
import org.hearsay.store.CorpusStores;
import org.hearsay.store.search.IndexedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article's answer names the article it is a syndicated copy of, and an original its copies. */
class ArticleDuplicatesTest {
    private static final String BODY = "Die Stadt Lindenau will bis Ende 2027 insgesamt zwölf neue Buslinien"
            + " einrichten, sagte Bürgermeisterin Anna Keller am Montag im Rathaus. Die Linien sollen die Ortsteile"
            + " am Stadtrand besser mit dem Bahnhof verbinden und nachts im Stundentakt fahren. Der Kreistag muss"
            + " dem Plan noch zustimmen; die Opposition bezweifelt, dass genug Fahrer gefunden werden.";

    @TempDir
    Path dir;

    @Test
    void theCopyNamesItsOriginalAndTheOriginalItsCopyWithOutletTitleAndSimilarity() {
        Analysis original = article("Lindenau plant zwölf neue Buslinien", "Lindenauer Bote", "bote", 2);
        Analysis copy = article("Zwölf Buslinien für Lindenau", "Kreisanzeiger", "kreis", 3);
        Analysis other = article("Lindenau baut ein Hallenbad", "Kreisanzeiger", "bad", 4, """
                Das neue Hallenbad soll im Herbst öffnen, teilte die Stadtverwaltung mit. Es hat drei Becken.""");
        try (IndexedStore store = CorpusStores.open(dir.resolve("corpus.db").toString(), null)) {
            for (Analysis a : List.of(original, copy, other)) {
                store.put(a);
            }
            try (HearsayServer server = HearsayServer.start("127.0.0.1", 0, "t", store, Analyzer.of(List.of()))) {
                Api api = new Api(server.port());
                JsonNode ofCopy = api.get("/api/articles/" + copy.article().id()).json();
                JsonNode copyOf = ofCopy.get("copyOf");
                assertEquals(original.article().id(), copyOf.get("id").asText(), ofCopy.toString());
                assertEquals("Lindenauer Bote", copyOf.get("outlet").asText());
                assertEquals("Lindenau plant zwölf neue Buslinien", copyOf.get("title").asText());
                assertEquals("2026-03-02T09:00:00", copyOf.get("published").asText());
                double similarity = copyOf.get("similarity").asDouble();
                assertTrue(similarity >= 0.5 && similarity < 1, String.valueOf(similarity));
                assertFalse(ofCopy.has("copies"), "nothing copies the copy");

                JsonNode ofOriginal = api.get("/api/articles/" + original.article().id()).json();
                assertFalse(ofOriginal.has("copyOf"));
                assertEquals(1, ofOriginal.get("copies").size(), ofOriginal.toString());
                assertEquals(copy.article().id(), ofOriginal.get("copies").get(0).get("id").asText());
                assertEquals(similarity, ofOriginal.get("copies").get(0).get("similarity").asDouble());

                JsonNode ofOther = api.get("/api/articles/" + other.article().id()).json();
                assertFalse(ofOther.has("copyOf") || ofOther.has("copies"), "another story: " + ofOther);
            }
        }
    }

    private static Analysis article(String title, String outlet, String slug, int day) {
        return article(title, outlet, slug, day, BODY);
    }

    private static Analysis article(String title, String outlet, String slug, int day, String body) {
        String text = title + "\n" + body;
        LocalDateTime published = LocalDateTime.of(2026, 3, day, 9, 0);
        Article article = new Article(ContentHash.of(text), slug + ".txt", "text", "https://lokal.example/" + slug,
                outlet, title, null, new PublicationTime(published, null, published.toString()), "de", text, List.of());
        return Analysis.of(article, new Provenance("test", "hand-built", List.of("hand-built")));
    }
}
