// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a client authenticates at the token endpoint (RFC 7591 §2).
 */
public enum TokenEndpointAuthMethod {
    @JsonProperty("client_secret_basic")
    CLIENT_SECRET_BASIC("client_secret_basic"),
    @JsonProperty("client_secret_post")
    CLIENT_SECRET_POST("client_secret_post"),
    @JsonProperty("none")
    NONE("none"),
    @JsonProperty("private_key_jwt")
    PRIVATE_KEY_JWT("private_key_jwt"),
    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(null);

    private final String value;

    TokenEndpointAuthMethod(String value) {
        this.value = value;
    }

    /**
     * The value on the wire.
     *
     * @return the JSON string, or {@code null} for {@link #UNKNOWN}
     */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value == null ? name() : value;
    }
}
