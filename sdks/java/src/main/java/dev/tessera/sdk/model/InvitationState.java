// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where an invitation stands.
 */
public enum InvitationState {
    @JsonProperty("pending")
    PENDING("pending"),
    @JsonProperty("accepted")
    ACCEPTED("accepted"),
    @JsonProperty("revoked")
    REVOKED("revoked"),
    @JsonProperty("expired")
    EXPIRED("expired"),
    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(null);

    private final String value;

    InvitationState(String value) {
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
