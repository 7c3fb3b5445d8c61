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
 * Body of `PATCH /v1/tenants/{tenant}/users/{user}`: only the fields present change.
 *
 * @param email Changing the email marks it unverified unless `email_verified` is also sent.  Optional: {@code null} when absent.
 * @param password Sets a new password; every session of the user is revoked.  Optional: {@code null} when absent.
 * @param emailVerified Optional: {@code null} when absent.
 * @param name Optional: {@code null} when absent.
 * @param picture Optional: {@code null} when absent.
 * @param locale Optional: {@code null} when absent.
 * @param metadata Replaces the whole metadata object.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateUser(
        @JsonProperty("email") String email,
        @JsonProperty("password") String password,
        @JsonProperty("email_verified") Boolean emailVerified,
        @JsonProperty("name") String name,
        @JsonProperty("picture") String picture,
        @JsonProperty("locale") String locale,
        @JsonProperty("metadata") Map<String, JsonNode> metadata
) {
    public UpdateUser {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.email = email;
        builder.password = password;
        builder.emailVerified = emailVerified;
        builder.name = name;
        builder.picture = picture;
        builder.locale = locale;
        builder.metadata = metadata;
        return builder;
    }

    /** Builds a {@link UpdateUser}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String email;
        private String password;
        private Boolean emailVerified;
        private String name;
        private String picture;
        private String locale;
        private Map<String, JsonNode> metadata;

        private Builder() {}

        /**
         * Sets {@code email}.
         *
         * @param email Changing the email marks it unverified unless `email_verified` is also sent.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code password}.
         *
         * @param password Sets a new password; every session of the user is revoked.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Sets {@code email_verified}.
         *
         * @param emailVerified Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder emailVerified(Boolean emailVerified) {
            this.emailVerified = emailVerified;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param name Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code picture}.
         *
         * @param picture Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder picture(String picture) {
            this.picture = picture;
            return this;
        }

        /**
         * Sets {@code locale}.
         *
         * @param locale Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        /**
         * Sets {@code metadata}.
         *
         * @param metadata Replaces the whole metadata object.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder metadata(Map<String, JsonNode> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link UpdateUser}
         * @throws NullPointerException when a required field is not set
         */
        public UpdateUser build() {
            return new UpdateUser(email, password, emailVerified, name, picture, locale, metadata);
        }
    }
}
