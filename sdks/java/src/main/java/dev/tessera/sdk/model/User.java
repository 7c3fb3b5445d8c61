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
 * An end user of a tenant.
 *
 * @param id Server-assigned identifier (`usr_…`), the `sub` of the user's tokens.
 * @param email Normalised (trimmed, lowercase), unique within the tenant.
 * @param emailVerified the {@code email_verified} field
 * @param name Optional: {@code null} when absent.
 * @param picture URL of a profile picture.  Optional: {@code null} when absent.
 * @param locale BCP 47 language tag, such as `en-GB`.  Optional: {@code null} when absent.
 * @param metadata Free-form JSON object for the application's own data (at most 16 KiB).
 * @param hasPassword Whether the user has a password (the hash itself is never returned).
 * @param disabled Disabled users cannot sign in; disabling revokes every session.
 * @param createdAt the {@code created_at} field
 * @param updatedAt the {@code updated_at} field
 * @param lastLoginAt Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(
        @JsonProperty("id") String id,
        @JsonProperty("email") String email,
        @JsonProperty("email_verified") boolean emailVerified,
        @JsonProperty("name") String name,
        @JsonProperty("picture") String picture,
        @JsonProperty("locale") String locale,
        @JsonProperty("metadata") Map<String, JsonNode> metadata,
        @JsonProperty("has_password") boolean hasPassword,
        @JsonProperty("disabled") boolean disabled,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("last_login_at") OffsetDateTime lastLoginAt
) {
    public User {
        Objects.requireNonNull(id, "User.id is required");
        Objects.requireNonNull(email, "User.email is required");
        Objects.requireNonNull(metadata, "User.metadata is required");
        Objects.requireNonNull(createdAt, "User.createdAt is required");
        Objects.requireNonNull(updatedAt, "User.updatedAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.email = email;
        builder.emailVerified = emailVerified;
        builder.name = name;
        builder.picture = picture;
        builder.locale = locale;
        builder.metadata = metadata;
        builder.hasPassword = hasPassword;
        builder.disabled = disabled;
        builder.createdAt = createdAt;
        builder.updatedAt = updatedAt;
        builder.lastLoginAt = lastLoginAt;
        return builder;
    }

    /** Builds a {@link User}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String email;
        private Boolean emailVerified;
        private String name;
        private String picture;
        private String locale;
        private Map<String, JsonNode> metadata;
        private Boolean hasPassword;
        private Boolean disabled;
        private OffsetDateTime createdAt;
        private OffsetDateTime updatedAt;
        private OffsetDateTime lastLoginAt;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id Server-assigned identifier (`usr_…`), the `sub` of the user's tokens.
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code email}.
         *
         * @param email Normalised (trimmed, lowercase), unique within the tenant.
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code email_verified}.
         *
         * @param emailVerified the value
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
         * @param picture URL of a profile picture.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder picture(String picture) {
            this.picture = picture;
            return this;
        }

        /**
         * Sets {@code locale}.
         *
         * @param locale BCP 47 language tag, such as `en-GB`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        /**
         * Sets {@code metadata}.
         *
         * @param metadata Free-form JSON object for the application's own data (at most 16 KiB).
         * @return this builder
         */
        public Builder metadata(Map<String, JsonNode> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Sets {@code has_password}.
         *
         * @param hasPassword Whether the user has a password (the hash itself is never returned).
         * @return this builder
         */
        public Builder hasPassword(Boolean hasPassword) {
            this.hasPassword = hasPassword;
            return this;
        }

        /**
         * Sets {@code disabled}.
         *
         * @param disabled Disabled users cannot sign in; disabling revokes every session.
         * @return this builder
         */
        public Builder disabled(Boolean disabled) {
            this.disabled = disabled;
            return this;
        }

        /**
         * Sets {@code created_at}.
         *
         * @param createdAt the value
         * @return this builder
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
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
         * Sets {@code last_login_at}.
         *
         * @param lastLoginAt Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder lastLoginAt(OffsetDateTime lastLoginAt) {
            this.lastLoginAt = lastLoginAt;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link User}
         * @throws NullPointerException when a required field is not set
         */
        public User build() {
            Objects.requireNonNull(emailVerified, "User.emailVerified is required");
            Objects.requireNonNull(hasPassword, "User.hasPassword is required");
            Objects.requireNonNull(disabled, "User.disabled is required");
            return new User(id, email, emailVerified, name, picture, locale, metadata, hasPassword, disabled, createdAt, updatedAt, lastLoginAt);
        }
    }
}
