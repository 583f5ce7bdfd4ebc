package org.hearsay.core;

/**
 * A problem with one input (binary, empty, undecodable, truncated, too large, unsupported
 * language…). Carries the input's name so a batch can report it on one line and go on.
 */
public class InputException extends Exception {
    private final String input;

    public InputException(String input, String reason) {
        super(reason);
        this.input = input;
    }

    public InputException(String input, String reason, Throwable cause) {
        super(reason, cause);
        this.input = input;
    }

    public String input() {
        return input;
    }

    /** One line for a user: "INPUT: reason". */
    public String userMessage() {
        return input + ": " + getMessage();
    }
}
