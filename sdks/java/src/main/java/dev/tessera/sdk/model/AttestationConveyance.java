// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The attestation conveyance a tenant asks authenticators for (WebAuthn §5.4.7).
 */
public enum AttestationConveyance {
    @JsonProperty("none")
    NONE("none"),
    @JsonProperty("indirect")
    INDIRECT("indirect"),
    @JsonProperty("direct")
    DIRECT("direct"),
    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(null);

    private final String value;

    AttestationConveyance(String value) {
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
