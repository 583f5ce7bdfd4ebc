package org.hearsay.cli;

import java.io.IOException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.hearsay.store.tracking.ClaimRef;
import org.hearsay.store.tracking.ClaimStatus;

/**
 * The JSON Lines of the tracking commands: each record as one object with its component names as
 * keys, dates and times in ISO-8601, claim refs as {@code <articleId>:<claimId>}, statuses lower case.
 */
final class TrackingJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule()
                    .addSerializer(ClaimRef.class, ToStringSerializer.instance)
                    .addSerializer(ClaimStatus.class, new StdSerializer<>(ClaimStatus.class) {
                        @Override
                        public void serialize(ClaimStatus value, JsonGenerator gen, SerializerProvider provider)
                                throws IOException {
                            gen.writeString(value.code());
                        }
                    }))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private TrackingJson() {
    }

    /** The record as {@link #line(Object)} writes it, with one more field; left out when its value is null. */
    static String line(Object record, String field, Object value) {
        ObjectNode node = MAPPER.valueToTree(record);
        if (value != null) {
            node.set(field, MAPPER.valueToTree(value));
        }
        return line(node);
    }

    static String line(Object record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tracking records are plain data and always serialise", e);
        }
    }
}
