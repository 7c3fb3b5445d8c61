// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of `POST /v1/tenants/{tenant}/keys/rotate` (optional).
 *
 * @param alg Rotate only the key of this algorithm; all active keys when omitted.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RotateKeysRequest(
        @JsonProperty("alg") SigningAlg alg
) {
    public RotateKeysRequest {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.alg = alg;
        return builder;
    }

    /** Builds a {@link RotateKeysRequest}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private SigningAlg alg;

        private Builder() {}

        /**
         * Sets {@code alg}.
         *
         * @param alg Rotate only the key of this algorithm; all active keys when omitted.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder alg(SigningAlg alg) {
            this.alg = alg;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link RotateKeysRequest}
         * @throws NullPointerException when a required field is not set
         */
        public RotateKeysRequest build() {
            return new RotateKeysRequest(alg);
        }
    }
}
