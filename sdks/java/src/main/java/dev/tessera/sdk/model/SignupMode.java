// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Who may create an account with `POST /t/{tenant}/auth/signup`.
 */
public enum SignupMode {
    @JsonProperty("open")
    OPEN("open"),
    @JsonProperty("invite_only")
    INVITE_ONLY("invite_only"),
    @JsonProperty("domain_allowlist")
    DOMAIN_ALLOWLIST("domain_allowlist"),
    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(null);

    private final String value;

    SignupMode(String value) {
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
