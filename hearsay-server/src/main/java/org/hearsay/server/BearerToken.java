package org.hearsay.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The token that write endpoints require as {@code Authorization: Bearer <token>}. Compared in
 * constant time, so response times do not reveal how much of a guess was right.
 */
final class BearerToken {
    private static final String PREFIX = "Bearer ";
    private final byte[] token;

    BearerToken(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the API token must not be empty");
        }
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** A new random token: 32 bytes from a secure generator, as hex. */
    static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The handler, run only for requests that carry the token; others get 401. */
    Handler required(Handler handler) {
        return ctx -> {
            if (!carriesToken(ctx)) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiException(401, "this endpoint needs the header 'Authorization: Bearer <token>' with the"
                        + " server's token (hearsay serve --token, or $HEARSAY_TOKEN)");
            }
            handler.handle(ctx);
        };
    }

    private boolean carriesToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] given = header.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }
}
