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
 * Body of `POST /t/{tenant}/auth/passkeys/verify`.
 *
 * @param ceremonyId the {@code ceremony_id} field
 * @param credential The `PublicKeyCredential` from `navigator.credentials.get()`, as `toJSON()` writes it.
 * @param delivery Optional: {@code null} when absent.
 * @param organization Sign in into this organization (its id, `org_…`, or its slug), as at `POST /t/{tenant}/auth/login`: the session opens switched into it when the user is a member and the sign-in meets its policies.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PasskeySignInFinish(
        @JsonProperty("ceremony_id") String ceremonyId,
        @JsonProperty("credential") Map<String, JsonNode> credential,
        @JsonProperty("delivery") TokenDelivery delivery,
        @JsonProperty("organization") String organization
) {
    public PasskeySignInFinish {
        Objects.requireNonNull(ceremonyId, "PasskeySignInFinish.ceremonyId is required");
        Objects.requireNonNull(credential, "PasskeySignInFinish.credential is required");
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
        builder.delivery = delivery;
        builder.organization = organization;
        return builder;
    }

    /** Builds a {@link PasskeySignInFinish}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String ceremonyId;
        private Map<String, JsonNode> credential;
        private TokenDelivery delivery;
        private String organization;

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
         * @param credential The `PublicKeyCredential` from `navigator.credentials.get()`, as `toJSON()` writes it.
         * @return this builder
         */
        public Builder credential(Map<String, JsonNode> credential) {
            this.credential = credential;
            return this;
        }

        /**
         * Sets {@code delivery}.
         *
         * @param delivery Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder delivery(TokenDelivery delivery) {
            this.delivery = delivery;
            return this;
        }

        /**
         * Sets {@code organization}.
         *
         * @param organization Sign in into this organization (its id, `org_…`, or its slug), as at `POST /t/{tenant}/auth/login`: the session opens switched into it when the user is a member and the sign-in meets its policies.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder organization(String organization) {
            this.organization = organization;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link PasskeySignInFinish}
         * @throws NullPointerException when a required field is not set
         */
        public PasskeySignInFinish build() {
            return new PasskeySignInFinish(ceremonyId, credential, delivery, organization);
        }
    }
}
