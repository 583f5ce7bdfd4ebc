package org.hearsay.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.hearsay.store.tracking.ClaimRef;
import org.hearsay.store.tracking.ClaimStatus;

/**
 * How the API writes JSON: records as objects, times as ISO-8601 text, null fields left out, a
 * claim ref as its text ({@code <articleId>:<claimId>}, as paths take it) and a claim status as its
 * code ({@code confirmed}, as query parameters take it).
 */
final class Json {
    static final String MEDIA_TYPE = "application/json";
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule("hearsay-tracking")
                    .addSerializer(ClaimRef.class, new ToStringSerializer(ClaimRef.class))
                    .addSerializer(ClaimStatus.class, new StdSerializer<>(ClaimStatus.class) {
                        @Override
                        public void serialize(ClaimStatus status, JsonGenerator out, SerializerProvider provider)
                                throws IOException {
                            out.writeString(status.code());
                        }
                    }))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Json() {
    }

    static void send(Context ctx, Object body) {
        send(ctx, 200, MEDIA_TYPE, body);
    }

    static void send(Context ctx, int status, String mediaType, Object body) {
        try {
            ctx.status(status).contentType(mediaType).result(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a document that is JSON already (the analysis, an export). */
    static void sendRaw(Context ctx, String mediaType, String json) {
        ctx.status(200).contentType(mediaType).result(json);
    }
}
