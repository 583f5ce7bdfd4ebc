package org.hearsay.core.model;

import java.util.List;

/**
 * Who stands behind statements in an article: a named person or organisation, a media outlet or
 * an anonymous source, with every mention that refers to it.
 *
 * @param id          article-unique id ("s1", "s2"…), referred to by {@link Quotation#source()}
 *                    and {@link SourceRelay}
 * @param kind        what sort of source it is
 * @param name        canonical name ("Wladimir Putin", "Werstka") or, for an anonymous source, its
 *                    description as first introduced ("ein kremlnaher Gesprächspartner")
 * @param mentions    spans of every mention, first the introducing one ("Der Diktator", "er" …)
 * @param anonymousType for an anonymous source its type (OFFICIAL, MILITARY, DIPLOMAT, EXPERT,
 *                    INSIDER, JOURNALIST, WITNESS, UNSPECIFIED); null for named sources
 * @param affiliation where the source is placed ("aus dem Kreml", "kremlnah", "die mit dem
 *                    Verhandlungsprozess verbunden ist"), or null
 * @param count       how many people it stands for when the text says so ("zwei aus …" → 2);
 *                    null when not stated
 * @param plural      true when it is a group ("Gesprächspartner aus dem Kreml sagen"); "drei
 *                    Quellen: zwei aus …, eine, die …" gives one source per part
 */
public record Source(String id, Kind kind, String name, List<Span> mentions, String anonymousType,
                     String affiliation, Integer count, boolean plural) {

    public Source {
        mentions = List.copyOf(mentions);
    }

    public boolean anonymous() {
        return kind == Kind.ANONYMOUS;
    }

    /** What sort of source. */
    public enum Kind { NAMED_PERSON, NAMED_ORGANISATION, OUTLET, ANONYMOUS }
}
