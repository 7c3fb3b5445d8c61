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
 * Body of `POST /v1/tenants/{tenant}/users`.
 *
 * @param email the {@code email} field
 * @param password Checked against the password policy; omit for a user who signs in another way.  Optional: {@code null} when absent.
 * @param passwordHash An existing hash to import instead of `password` (never both): bcrypt (`$2a$`, `$2b$`, `$2y$`), scrypt as a PHC string (`$scrypt$ln=14,r=8,p=1$SALT$HASH`, salt and hash in unpadded standard base64) or argon2 (`$argon2id$`, `$argon2i$`, `$argon2d$` PHC strings). It is replaced by an argon2id hash with the server's parameters at the user's first successful sign-in.  Optional: {@code null} when absent.
 * @param emailVerified Optional: {@code null} when absent.
 * @param name Optional: {@code null} when absent.
 * @param picture Optional: {@code null} when absent.
 * @param locale Optional: {@code null} when absent.
 * @param metadata Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateUser(
        @JsonProperty("email") String email,
        @JsonProperty("password") String password,
        @JsonProperty("password_hash") String passwordHash,
        @JsonProperty("email_verified") Boolean emailVerified,
        @JsonProperty("name") String name,
        @JsonProperty("picture") String picture,
        @JsonProperty("locale") String locale,
        @JsonProperty("metadata") Map<String, JsonNode> metadata
) {
    public CreateUser {
        Objects.requireNonNull(email, "CreateUser.email is required");
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
        builder.passwordHash = passwordHash;
        builder.emailVerified = emailVerified;
        builder.name = name;
        builder.picture = picture;
        builder.locale = locale;
        builder.metadata = metadata;
        return builder;
    }

    /** Builds a {@link CreateUser}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String email;
        private String password;
        private String passwordHash;
        private Boolean emailVerified;
        private String name;
        private String picture;
        private String locale;
        private Map<String, JsonNode> metadata;

        private Builder() {}

        /**
         * Sets {@code email}.
         *
         * @param email the value
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code password}.
         *
         * @param password Checked against the password policy; omit for a user who signs in another way.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Sets {@code password_hash}.
         *
         * @param passwordHash An existing hash to import instead of `password` (never both): bcrypt (`$2a$`, `$2b$`, `$2y$`), scrypt as a PHC string (`$scrypt$ln=14,r=8,p=1$SALT$HASH`, salt and hash in unpadded standard base64) or argon2 (`$argon2id$`, `$argon2i$`, `$argon2d$` PHC strings). It is replaced by an argon2id hash with the server's parameters at the user's first successful sign-in.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder passwordHash(String passwordHash) {
            this.passwordHash = passwordHash;
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
         * @param metadata Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder metadata(Map<String, JsonNode> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link CreateUser}
         * @throws NullPointerException when a required field is not set
         */
        public CreateUser build() {
            return new CreateUser(email, password, passwordHash, emailVerified, name, picture, locale, metadata);
        }
    }
}
