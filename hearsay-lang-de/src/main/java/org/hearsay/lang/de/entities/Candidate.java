package org.hearsay.lang.de.entities;

/**
 * A name mention while the stage is still deciding: document token range [first, end), a type
 * (PER, ORG, LOC, MISC) and what it rests on, which decides who may overrule whom.
 */
record Candidate(int first, int end, String type, Evidence evidence) {

    /** Where a candidate came from, weakest first. */
    enum Evidence {
        /** CoreNLP's statistical tagger. */
        MODEL,
        /** Same name typed elsewhere in the document. */
        DOCUMENT,
        /** The German dictionary lists the word only as a proper name. */
        LEXICON,
        /** A describing noun right before it ("das Portal Werstka"). */
        CONTEXT,
        /** One of our name lists. */
        GAZETTEER
    }

    Candidate {
        if (first < 0 || end <= first) {
            throw new IllegalArgumentException("empty candidate [" + first + ", " + end + ")");
        }
    }

    int length() {
        return end - first;
    }

    boolean overlaps(int otherFirst, int otherEnd) {
        return first < otherEnd && otherFirst < end;
    }

    Candidate retyped(String newType, Evidence newEvidence) {
        return new Candidate(first, end, newType, newEvidence);
    }

    Candidate narrowed(int newFirst, int newEnd) {
        return new Candidate(newFirst, newEnd, type, evidence);
    }
}
