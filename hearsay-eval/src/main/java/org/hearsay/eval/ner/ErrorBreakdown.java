package org.hearsay.eval.ner;

/**
 * Why chunks were not counted correct. Every wrong prediction falls in exactly one of the
 * first four classes; every gold chunk that no prediction overlaps is missed.
 *
 * @param wrongType       exact span of a gold target chunk, other type
 * @param wrongBoundary   overlaps a gold target chunk without the same span (type may differ too)
 * @param spuriousOnOther overlaps only gold chunks that are no target (OTH, *deriv, *part),
 *                        e.g. LOC on the adjective "deutschen", which GermEval labels LOCderiv
 * @param spurious        overlaps no gold chunk at all
 * @param missed          gold target chunks no predicted target chunk overlaps
 * @param missedAsMisc    of those missed, how many the system did find but labelled MISC
 */
public record ErrorBreakdown(int wrongType, int wrongBoundary, int spuriousOnOther, int spurious,
                             int missed, int missedAsMisc) {
}
