package org.hearsay.core.model;

/**
 * A typed name for one stand-off layer of an {@link Analysis}: a list of records of one type.
 * Layers are identified by name; the JSON codec uses the element type to read them back.
 */
public record Layer<T>(String name, Class<T> type) {
    @Override
    public String toString() {
        return name;
    }
}
