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
 * A key with its secret, shown this once.
 *
 * @param key the {@code key} field
 * @param secret `tsk_…`: send it as `token` to the tenant's introspection endpoint. Store it now; it cannot be shown again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiKeyWithSecret(
        @JsonProperty("key") ApiKey key,
        @JsonProperty("secret") String secret
) {
    public ApiKeyWithSecret {
        Objects.requireNonNull(key, "ApiKeyWithSecret.key is required");
        Objects.requireNonNull(secret, "ApiKeyWithSecret.secret is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.key = key;
        builder.secret = secret;
        return builder;
    }

    /** Builds a {@link ApiKeyWithSecret}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private ApiKey key;
        private String secret;

        private Builder() {}

        /**
         * Sets {@code key}.
         *
         * @param key the value
         * @return this builder
         */
        public Builder key(ApiKey key) {
            this.key = key;
            return this;
        }

        /**
         * Sets {@code secret}.
         *
         * @param secret `tsk_…`: send it as `token` to the tenant's introspection endpoint. Store it now; it cannot be shown again.
         * @return this builder
         */
        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link ApiKeyWithSecret}
         * @throws NullPointerException when a required field is not set
         */
        public ApiKeyWithSecret build() {
            return new ApiKeyWithSecret(key, secret);
        }
    }
}
