// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * A pet, or a place on the waiting list.
 */
@JsonDeserialize(using = Adoption.Decoder.class)
public sealed interface Adoption permits Pet, Waiting {
    /** Reads the first variant, in order, whose required JSON keys are all present. */
    final class Decoder extends StdDeserializer<Adoption> {
        /** For Jackson. */
        public Decoder() {
            super(Adoption.class);
        }

        @Override
        public Adoption deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            if (hasAll(node, "id", "name", "kind", "born_at", "tags", "traits", "owner")) {
                return context.readTreeAsValue(node, Pet.class);
            }
            if (hasAll(node, "position")) {
                return context.readTreeAsValue(node, Waiting.class);
            }
            return context.reportInputMismatch(Adoption.class, "no variant of Adoption matches %s", node);
        }

        private static boolean hasAll(JsonNode node, String... keys) {
            if (!node.isObject()) {
                return false;
            }
            for (String key : keys) {
                if (!node.has(key)) {
                    return false;
                }
            }
            return true;
        }
    }
}
