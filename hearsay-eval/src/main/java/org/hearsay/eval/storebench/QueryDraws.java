package org.hearsay.eval.storebench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearsay.core.model.Analysis;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.store.search.SearchQuery;
import org.hearsay.store.tracking.ClaimFilter;
import org.hearsay.store.tracking.ClaimStatus;

/**
 * Draws random queries from what the replayed analyses contain, so that every query can find
 * something: search words from their texts (each occurrence equally likely, so frequent words come
 * up more often, as in real searches), entity names from their entities layers, and days, outlets
 * and years from the replay's ranges. Each kind cycles through its variants, so every variant is
 * measured about equally often.
 */
final class QueryDraws {
    static final int PAGE = 20;
    private static final Pattern WORD = Pattern.compile("\\p{L}{6,}");

    private final List<String> words = new ArrayList<>();
    private final List<String> entities;
    private final Random random;

    QueryDraws(List<Analysis> bases, long seed) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Analysis analysis : bases) {
            Matcher m = WORD.matcher(analysis.text());
            while (m.find()) {
                words.add(m.group());
            }
            analysis.get(Layers.ENTITIES).stream().map(Entity::canonical).forEach(names::add);
        }
        if (words.isEmpty() || names.isEmpty()) {
            throw new IllegalArgumentException("the analyses give no words or no entities to query for");
        }
        entities = List.copyOf(names);
        random = new Random(seed);
    }

    List<StoreQuery> draw(QueryKind kind, int count) {
        List<StoreQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            queries.add(switch (kind) {
                case SEARCH -> search();
                case SEARCH_FACETS -> searchWithFacet(i % 3);
                case TIMELINE -> timeline();
                case CLAIMS -> claims(i % 3, PAGE, kind);
                case CLAIMS_WHOLE_LISTING -> claims(i % 3, Integer.MAX_VALUE, kind);
            });
        }
        return queries;
    }

    /** One or two words, all required. */
    private StoreQuery search() {
        String text = random.nextBoolean() ? word() : word() + " " + word();
        SearchQuery query = SearchQuery.all(PAGE).withText(text);
        return new StoreQuery(QueryKind.SEARCH, "search " + text, store -> store.search(query).hits().size());
    }

    /** A word and one filter: an entity, an outlet or a year. */
    private StoreQuery searchWithFacet(int variant) {
        String text = word();
        SearchQuery words = SearchQuery.all(PAGE).withText(text);
        SearchQuery query;
        String facet;
        switch (variant) {
            case 0 -> {
                String name = entity();
                facet = "entity=" + name;
                query = words.withEntities(name);
            }
            case 1 -> {
                String outlet = ArticleReplay.outlet(random.nextInt(ArticleReplay.OUTLETS));
                facet = "outlet=" + outlet;
                query = new SearchQuery(text, List.of(), List.of(), List.of(), List.of(outlet), List.of(), List.of(),
                        null, null, null, PAGE);
            }
            default -> {
                int year = ArticleReplay.FIRST_DAY.getYear()
                        + random.nextInt(ArticleReplay.LAST_DAY.getYear() - ArticleReplay.FIRST_DAY.getYear() + 1);
                facet = "year=" + year;
                query = words.withDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        }
        return new StoreQuery(QueryKind.SEARCH_FACETS, "search " + text + " " + facet,
                store -> store.search(query).hits().size());
    }

    private StoreQuery timeline() {
        String name = entity();
        LocalDate asOf = day();
        return new StoreQuery(QueryKind.TIMELINE, "timeline " + name + " as of " + asOf,
                store -> store.tracker().entityTimeline(name, asOf).size());
    }

    /** Overdue as of a day, about an entity, or pending as of a day: the listings a tracking desk opens. */
    private StoreQuery claims(int variant, int limit, QueryKind kind) {
        LocalDate asOf = day();
        ClaimFilter all = ClaimFilter.all(asOf).withLimit(limit);
        ClaimFilter filter;
        String what;
        switch (variant) {
            case 0 -> {
                filter = all.withStatus(ClaimStatus.OVERDUE);
                what = "overdue";
            }
            case 1 -> {
                String name = entity();
                filter = all.withEntity(name);
                what = "entity " + name;
            }
            default -> {
                filter = all.withStatus(ClaimStatus.PENDING);
                what = "pending";
            }
        }
        return new StoreQuery(kind, "claims " + what + " as of " + asOf + (limit == PAGE ? ", first page" : ""),
                store -> store.tracker().claims(filter).size());
    }

    private String word() {
        return words.get(random.nextInt(words.size()));
    }

    private String entity() {
        return entities.get(random.nextInt(entities.size()));
    }

    private LocalDate day() {
        long days = ChronoUnit.DAYS.between(ArticleReplay.FIRST_DAY, ArticleReplay.LAST_DAY);
        return ArticleReplay.FIRST_DAY.plusDays(random.nextLong(days + 1));
    }
}
