package org.hearsay.store.search;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hearsay.core.ContentHash;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.core.model.Provenance;
import org.hearsay.core.model.PublicationTime;
import org.hearsay.core.model.Source;
import org.hearsay.core.model.Span;

/**
 * Hand-built analyses of invented news items for the index tests: a text, who is named in it
 * (each name one entity), who speaks (a named person or an anonymous source) and one claim.
 */
final class Stories {
    static final String CONFIG = "config-a";

    private Stories() {
    }

    /**
     * @param speaker the named person who says the first sentence, or null for an anonymous source
     * @param names   the entities' names, each of which must occur in the text
     */
    static Analysis story(String url, String outlet, String language, LocalDateTime published, String title,
                          String body, String speaker, String... names) {
        return analysedWith(CONFIG, url, outlet, language, published, title, body, speaker, names);
    }

    /** A story as a pipeline of another configuration analyses it. */
    static Analysis analysedWith(String config, String url, String outlet, String language, LocalDateTime published,
                                 String title, String body, String speaker, String... names) {
        String text = title + "\n" + body;
        Article article = new Article(ContentHash.of(text), url, "html", url, outlet, title, null,
                published == null ? null : new PublicationTime(published, null, published.toString()), language,
                text, List.of());
        Source source = speaker == null
                ? new Source("s1", Source.Kind.ANONYMOUS, "ein Insider", List.of(), "INSIDER", null, null, false)
                : new Source("s1", Source.Kind.NAMED_PERSON, speaker, List.of(find(text, speaker)), null, null, null,
                        false);
        List<Entity> entities = new ArrayList<>();
        for (String name : names) {
            Span span = find(text, name);
            entities.add(new Entity("e" + (entities.size() + 1), "PER", name,
                    List.of(new Entity.Reference(span, name, Entity.Form.NAME)), null, null,
                    name.equals(speaker) ? "s1" : null));
        }
        Claim claim = new Claim("c1", "s1", List.of(), null, new Span(title.length() + 1, text.length()), body,
                List.of(), Claim.Modality.STATEMENT, Claim.Polarity.POSITIVE, Claim.Orientation.PRESENT, null, null,
                false, null, null, 0.8, List.of());
        return Analysis.of(article, new Provenance("test", config, List.of("hand-built")))
                .with(Layers.SOURCES, List.of(source))
                .with(Layers.ENTITIES, entities)
                .with(Layers.CLAIMS, List.of(claim));
    }

    private static Span find(String text, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' not in " + text);
        }
        return new Span(start, start + words.length());
    }
}
