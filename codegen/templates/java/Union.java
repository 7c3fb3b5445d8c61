package dev.tessera.sdk.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

{{ doc }}@JsonDeserialize(using = {{ name }}.Decoder.class)
public sealed interface {{ name }} permits {{ permits }} {
    /** Reads the first variant, in order, whose required JSON keys are all present. */
    final class Decoder extends StdDeserializer<{{ name }}> {
        /** For Jackson. */
        public Decoder() {
            super({{ name }}.class);
        }

        @Override
        public {{ name }} deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
{%- for (class, keys) in variants %}
            if (hasAll(node{% if !keys.is_empty() %}, {{ keys }}{% endif %})) {
                return context.readTreeAsValue(node, {{ class }}.class);
            }
{%- endfor %}
            return context.reportInputMismatch({{ name }}.class, "no variant of {{ name }} matches %s", node);
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
