package org.hearsay.eval.quotes;

/**
 * The parts of a quotation the German Wikinews corpus annotates, named by their JSON keys.
 * PolNeAR's attributions use three of them: its Content is {@link #QUOTE}, its Source
 * {@link #SPEAKER} and its Cue {@link #CUE}.
 */
public enum Role {
    QUOTE("quote"),
    SPEAKER("speaker"),
    CUE("cue"),
    FRAME("frame"),
    ADDRESSEE("addressee");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    /** The role's key in the corpus JSON. */
    public String key() {
        return key;
    }
}
