// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * What a correct password leads to: session tokens, or, when the account has a second
 * factor, a challenge (`mfa_required: true`).
 */
@JsonDeserialize(using = LoginResponse.Decoder.class)
public sealed interface LoginResponse permits SessionTokens, MfaChallenge {
    /** Reads the first variant, in order, whose required JSON keys are all present. */
    final class Decoder extends StdDeserializer<LoginResponse> {
        /** For Jackson. */
        public Decoder() {
            super(LoginResponse.class);
        }

        @Override
        public LoginResponse deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            if (hasAll(node, "access_token", "token_type", "expires_in", "session_id")) {
                return context.readTreeAsValue(node, SessionTokens.class);
            }
            if (hasAll(node, "mfa_required", "mfa_token", "factors", "expires_in")) {
                return context.readTreeAsValue(node, MfaChallenge.class);
            }
            return context.reportInputMismatch(LoginResponse.class, "no variant of LoginResponse matches %s", node);
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
