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
 * An application the user allowed to access their account ("connected app").
 *
 * @param clientId the {@code client_id} field
 * @param clientName the {@code client_name} field
 * @param scopes The scopes granted so far.
 * @param grantedAt the {@code granted_at} field
 * @param updatedAt the {@code updated_at} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Consent(
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_name") String clientName,
        @JsonProperty("scopes") List<String> scopes,
        @JsonProperty("granted_at") OffsetDateTime grantedAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt
) {
    public Consent {
        Objects.requireNonNull(clientId, "Consent.clientId is required");
        Objects.requireNonNull(clientName, "Consent.clientName is required");
        Objects.requireNonNull(scopes, "Consent.scopes is required");
        Objects.requireNonNull(grantedAt, "Consent.grantedAt is required");
        Objects.requireNonNull(updatedAt, "Consent.updatedAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.clientId = clientId;
        builder.clientName = clientName;
        builder.scopes = scopes;
        builder.grantedAt = grantedAt;
        builder.updatedAt = updatedAt;
        return builder;
    }

    /** Builds a {@link Consent}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String clientId;
        private String clientName;
        private List<String> scopes;
        private OffsetDateTime grantedAt;
        private OffsetDateTime updatedAt;

        private Builder() {}

        /**
         * Sets {@code client_id}.
         *
         * @param clientId the value
         * @return this builder
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * Sets {@code client_name}.
         *
         * @param clientName the value
         * @return this builder
         */
        public Builder clientName(String clientName) {
            this.clientName = clientName;
            return this;
        }

        /**
         * Sets {@code scopes}.
         *
         * @param scopes The scopes granted so far.
         * @return this builder
         */
        public Builder scopes(List<String> scopes) {
            this.scopes = scopes;
            return this;
        }

        /**
         * Sets {@code granted_at}.
         *
         * @param grantedAt the value
         * @return this builder
         */
        public Builder grantedAt(OffsetDateTime grantedAt) {
            this.grantedAt = grantedAt;
            return this;
        }

        /**
         * Sets {@code updated_at}.
         *
         * @param updatedAt the value
         * @return this builder
         */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link Consent}
         * @throws NullPointerException when a required field is not set
         */
        public Consent build() {
            return new Consent(clientId, clientName, scopes, grantedAt, updatedAt);
        }
    }
}
