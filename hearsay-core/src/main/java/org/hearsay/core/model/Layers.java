package org.hearsay.core.model;

import java.util.List;
import java.util.Optional;

/** The layers the pipeline knows, in the order stages usually add them. */
public final class Layers {
    /** Sentences, each with its token range. Added together with tokens. */
    public static final Layer<Sentence> SENTENCES = new Layer<>("sentences", Sentence.class);
    /** Tokens with POS, lemma and morphological features (incl. mood). */
    public static final Layer<Token> TOKENS = new Layer<>("tokens", Token.class);
    /** Named-entity mentions (PER, ORG, LOC, MISC). */
    public static final Layer<EntityMention> ENTITY_MENTIONS = new Layer<>("entityMentions", EntityMention.class);
    /** Dependency edges for the sentences that were parsed. */
    public static final Layer<Dependency> DEPENDENCIES = new Layer<>("dependencies", Dependency.class);

    /** Temporal expressions, TIMEX3-normalised against the publication time, with deadlines. */
    public static final Layer<TimeExpression> TIME_EXPRESSIONS = new Layer<>("timeExpressions", TimeExpression.class);

    /** Statements attributed to someone: direct, indirect, mixed, reported, free indirect. */
    public static final Layer<Quotation> QUOTATIONS = new Layer<>("quotations", Quotation.class);
    /** Who stands behind the quotations: named persons and organisations, outlets, anonymous sources. */
    public static final Layer<Source> SOURCES = new Layer<>("sources", Source.class);
    /** Which source passes on which other source's statements (outlet ← its informants). */
    public static final Layer<SourceRelay> SOURCE_RELAYS = new Layer<>("sourceRelays", SourceRelay.class);

    /** Entities with every reference to them in the article: names, short names, descriptions, pronouns. */
    public static final Layer<Entity> ENTITIES = new Layer<>("entities", Entity.class);
    /** What each source (or the article itself) asserts, with modality, condition and deadline. */
    public static final Layer<Claim> CLAIMS = new Layer<>("claims", Claim.class);

    public static final List<Layer<?>> ALL = List.of(SENTENCES, TOKENS, ENTITY_MENTIONS, DEPENDENCIES, TIME_EXPRESSIONS,
            QUOTATIONS, SOURCES, SOURCE_RELAYS, ENTITIES, CLAIMS);

    private Layers() {
    }

    public static Optional<Layer<?>> byName(String name) {
        return ALL.stream().filter(l -> l.name().equals(name)).findFirst();
    }
}
