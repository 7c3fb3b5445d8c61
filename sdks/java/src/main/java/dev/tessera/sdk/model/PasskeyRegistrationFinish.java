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
 * Body of `POST /t/{tenant}/me/passkeys`: the browser's answer to registration options.
 *
 * @param ceremonyId the {@code ceremony_id} field
 * @param credential The `PublicKeyCredential` from `navigator.credentials.create()`, as `toJSON()` writes it.
 * @param name 1-64 characters; defaults to "Passkey".  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PasskeyRegistrationFinish(
        @JsonProperty("ceremony_id") String ceremonyId,
        @JsonProperty("credential") Map<String, JsonNode> credential,
        @JsonProperty("name") String name
) {
    public PasskeyRegistrationFinish {
        Objects.requireNonNull(ceremonyId, "PasskeyRegistrationFinish.ceremonyId is required");
        Objects.requireNonNull(credential, "PasskeyRegistrationFinish.credential is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.ceremonyId = ceremonyId;
        builder.credential = credential;
        builder.name = name;
        return builder;
    }

    /** Builds a {@link PasskeyRegistrationFinish}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String ceremonyId;
        private Map<String, JsonNode> credential;
        private String name;

        private Builder() {}

        /**
         * Sets {@code ceremony_id}.
         *
         * @param ceremonyId the value
         * @return this builder
         */
        public Builder ceremonyId(String ceremonyId) {
            this.ceremonyId = ceremonyId;
            return this;
        }

        /**
         * Sets {@code credential}.
         *
         * @param credential The `PublicKeyCredential` from `navigator.credentials.create()`, as `toJSON()` writes it.
         * @return this builder
         */
        public Builder credential(Map<String, JsonNode> credential) {
            this.credential = credential;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param name 1-64 characters; defaults to "Passkey".  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link PasskeyRegistrationFinish}
         * @throws NullPointerException when a required field is not set
         */
        public PasskeyRegistrationFinish build() {
            return new PasskeyRegistrationFinish(ceremonyId, credential, name);
        }
    }
}
