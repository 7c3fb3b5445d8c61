// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OAuth grant types a client may use.
 */
public enum GrantType {
    @JsonProperty("client_credentials")
    CLIENT_CREDENTIALS("client_credentials"),
    @JsonProperty("authorization_code")
    AUTHORIZATION_CODE("authorization_code"),
    @JsonProperty("refresh_token")
    REFRESH_TOKEN("refresh_token"),
    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(null);

    private final String value;

    GrantType(String value) {
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
