package org.hearsay.ingest;

import java.util.ArrayList;
import java.util.List;

import org.hearsay.core.InputException;
import org.hearsay.core.model.Article;
import org.hearsay.core.model.Section;
import org.hearsay.core.model.SectionKind;

/** Keeps what a reader reports, for assertions. */
final class CollectingSink implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<InputException> failures = new ArrayList<>();

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void failure(InputException problem) {
        failures.add(problem);
    }

    Article only() {
        if (articles.size() != 1 || !failures.isEmpty()) {
            throw new AssertionError("expected one article and no failure, got " + articles.size()
                    + " articles and failures " + failures.stream().map(InputException::userMessage).toList());
        }
        return articles.getFirst();
    }

    InputException onlyFailure() {
        if (failures.size() != 1 || !articles.isEmpty()) {
            throw new AssertionError("expected one failure and no article, got " + articles.size()
                    + " articles and failures " + failures.stream().map(InputException::userMessage).toList());
        }
        return failures.getFirst();
    }

    /** The texts of an article's sections of one kind, in order. */
    static List<String> texts(Article article, SectionKind kind) {
        return article.sections().stream().filter(s -> s.kind() == kind).map(Section::span)
                .map(span -> span.of(article.text())).toList();
    }
}
