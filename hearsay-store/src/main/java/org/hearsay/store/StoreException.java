package org.hearsay.store;

/** The corpus store could not do what was asked: a database error, a full disk, a schema it does not know. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
