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
 * Body of `POST /v1/tenants/{tenant}/clients/{client}/secrets` (optional).
 *
 * @param previousSecretsExpireIn Seconds the client's current secrets keep working (0-2592000, default 86400), so deployments can switch over without downtime.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RotateClientSecret(
        @JsonProperty("previous_secrets_expire_in") Long previousSecretsExpireIn
) {
    public RotateClientSecret {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.previousSecretsExpireIn = previousSecretsExpireIn;
        return builder;
    }

    /** Builds a {@link RotateClientSecret}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private Long previousSecretsExpireIn;

        private Builder() {}

        /**
         * Sets {@code previous_secrets_expire_in}.
         *
         * @param previousSecretsExpireIn Seconds the client's current secrets keep working (0-2592000, default 86400), so deployments can switch over without downtime.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder previousSecretsExpireIn(Long previousSecretsExpireIn) {
            this.previousSecretsExpireIn = previousSecretsExpireIn;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link RotateClientSecret}
         * @throws NullPointerException when a required field is not set
         */
        public RotateClientSecret build() {
            return new RotateClientSecret(previousSecretsExpireIn);
        }
    }
}
