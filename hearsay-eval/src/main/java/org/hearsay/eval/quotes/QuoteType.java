package org.hearsay.eval.quotes;

/** The quotation types of the German Wikinews corpus, with the labels its JSON uses. */
public enum QuoteType {
    DIRECT("Direct"),
    INDIRECT("Indirect"),
    FREE_INDIRECT("FreeIndirect"),
    INDIRECT_FREE_INDIRECT("IndirectFreeIndirect"),
    REPORTED("Reported");

    private final String label;

    QuoteType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static QuoteType fromLabel(String label) {
        for (QuoteType type : values()) {
            if (type.label.equals(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown quotation type '" + label + "'");
    }
}
