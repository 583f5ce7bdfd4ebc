package org.hearsay.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * An error answer as an RFC 9457 problem document. The type is {@code about:blank}: the status
 * says what kind of problem it is and {@code detail} what exactly went wrong.
 *
 * @param instance the request path
 */
record Problem(String type, String title, int status, String detail, String instance) {
    static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(int status, String detail, String path) {
        return new Problem("about:blank", HttpStatus.forStatus(status).getMessage(), status, detail, path);
    }

    /** Answers the request with this problem. */
    static void send(Context ctx, int status, String detail) {
        Json.send(ctx, status, MEDIA_TYPE, of(status, detail, ctx.path()));
    }
}
