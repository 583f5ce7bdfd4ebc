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
import org.hearsay.core.model.Claim;
import org.hearsay.core.model.Entity;
import org.hearsay.core.model.Layers;
import org.hearsay.store.search.IndexedStore;
import org.hearsay.store.search.SearchQuery;
import org.hearsay.store.tracking.ClaimFilter;
import org.hearsay.store.tracking.ClaimRef;
import org.hearsay.store.tracking.ClaimStatus;
import org.hearsay.store.tracking.TrackedClaim;

/**
 * Draws random queries from what the replayed analyses contain, so that every query can find
 * something: search words from their texts (each occurrence equally likely, so frequent words come
 * up more often, as in real searches), entity names from their entities layers, and days, outlets
 * and years from the replay's ranges, cursors from the stored claims. Each kind cycles through its
 * variants, so every variant is measured about equally often.
 */
final class QueryDraws {
    static final int PAGE = 20;
    private static final Pattern WORD = Pattern.compile("\\p{L}{6,}");

    private final List<String> words = new ArrayList<>();
    private final List<String> entities;
    private final ArticleReplay replay;
    private final Random random;

    /** @param replay the replay that fills the store: it names the stored articles and their claims */
    QueryDraws(List<Analysis> bases, ArticleReplay replay, long seed) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Analysis analysis : bases) {
            Matcher m = WORD.matcher(analysis.text());
            while (m.find()) {
                words.add(m.group());
            }
            analysis.get(Layers.ENTITIES).stream().map(Entity::canonical).forEach(names::add);
        }
        if (words.isEmpty() || names.isEmpty() || bases.stream().allMatch(b -> b.get(Layers.CLAIMS).isEmpty())) {
            throw new IllegalArgumentException("the analyses give no words, entities or claims to query for");
        }
        entities = List.copyOf(names);
        this.replay = replay;
        random = new Random(seed);
    }

    /**
     * @param store  the store the queries will run on; cursors are looked up in it (unmeasured)
     * @param stored how many replayed articles it holds
     */
    List<StoreQuery> draw(QueryKind kind, int count, IndexedStore store, int stored) {
        List<StoreQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            queries.add(switch (kind) {
                case SEARCH -> search();
                case SEARCH_FACETS -> searchWithFacet(i % 3);
                case TIMELINE -> timeline();
                case TIMELINE_PAGE -> timelinePage();
                case CLAIMS -> firstPage(i % 3);
                case CLAIMS_AFTER_CURSOR -> pageAfterCursor(i % 3, store, stored);
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

    /** One more entry than the page, as the API asks for it to know whether another page follows. */
    private StoreQuery timelinePage() {
        String name = entity();
        LocalDate asOf = day();
        return new StoreQuery(QueryKind.TIMELINE_PAGE, "timeline " + name + " as of " + asOf + ", first page",
                store -> store.tracker().entityTimeline(name, asOf, null, PAGE + 1).size());
    }

    /** The first page of a listing, as {@code hearsay claims --limit} asks for it. */
    private StoreQuery firstPage(int variant) {
        Listing listing = listing(variant);
        ClaimFilter filter = listing.filter().withLimit(PAGE);
        return new StoreQuery(QueryKind.CLAIMS, "claims " + listing.what() + ", first page",
                store -> store.tracker().claims(filter).size());
    }

    /**
     * The page that follows a cursor at a random depth of a listing, as {@code GET /api/claims?after=}
     * asks for it: the cursor is the first claim of the listing after a claim drawn from the whole
     * corpus (so it is one the listing gives, as a client's cursor is, found without building the
     * listing); only when none follows does the drawn claim itself serve.
     */
    private StoreQuery pageAfterCursor(int variant, IndexedStore store, int stored) {
        Listing listing = listing(variant);
        ClaimRef drawn = storedClaim(stored);
        ClaimRef cursor = store.tracker().claims(listing.filter().withLimit(1).after(drawn)).stream()
                .map(TrackedClaim::ref).findFirst().orElse(drawn);
        ClaimFilter filter = listing.filter().withLimit(PAGE + 1).after(cursor);
        return new StoreQuery(QueryKind.CLAIMS_AFTER_CURSOR, "claims " + listing.what() + ", after " + cursor,
                queried -> queried.tracker().claims(filter).size());
    }

    /** Overdue as of a day, about an entity, or pending as of a day: the listings a tracking desk opens. */
    private Listing listing(int variant) {
        LocalDate asOf = day();
        ClaimFilter all = ClaimFilter.all(asOf);
        return switch (variant) {
            case 0 -> new Listing(all.withStatus(ClaimStatus.OVERDUE), "overdue as of " + asOf);
            case 1 -> {
                String name = entity();
                yield new Listing(all.withEntity(name), "entity " + name + " as of " + asOf);
            }
            default -> new Listing(all.withStatus(ClaimStatus.PENDING), "pending as of " + asOf);
        };
    }

    private record Listing(ClaimFilter filter, String what) {
    }

    /** A claim of a stored article, each stored article with claims equally likely (some have claims). */
    private ClaimRef storedClaim(int stored) {
        while (true) {
            int n = random.nextInt(stored);
            List<Claim> claims = replay.base(n).get(Layers.CLAIMS);
            if (!claims.isEmpty()) {
                return new ClaimRef(replay.id(n), claims.get(random.nextInt(claims.size())).id());
            }
        }
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
