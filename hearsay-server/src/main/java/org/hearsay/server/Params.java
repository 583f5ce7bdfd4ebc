package org.hearsay.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads and checks query parameters; a bad value is a 400 that names the parameter. */
final class Params {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;

    private Params() {
    }

    /** {@code limit}: 1 to {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when absent. */
    static int limit(Context ctx) {
        String value = ctx.queryParam("limit");
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw ApiException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + value + "'");
    }

    /** A parameter's value, or null when absent or blank. */
    static String optional(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Every non-blank value of a repeatable parameter ({@code ?entity=a&entity=b}). */
    static List<String> all(Context ctx, String name) {
        return ctx.queryParams(name).stream().filter(v -> !v.isBlank()).map(String::strip).toList();
    }

    /** An ISO date ({@code 2026-03-01}), or null when absent. */
    static LocalDate date(Context ctx, String name) {
        String value = optional(ctx, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date like 2026-03-01, not '" + value + "'");
        }
    }

    /** A boolean flag: true, false, or absent (false). */
    static boolean flag(Context ctx, String name) {
        String value = optional(ctx, name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiException.badRequest(name + " must be true or false, not '" + value + "'");
    }
}
