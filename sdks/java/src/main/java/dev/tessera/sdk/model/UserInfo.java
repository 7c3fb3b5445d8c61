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
 * The UserInfo response (OpenID Connect Core §5.3.2): the claims the granted scopes allow.
 *
 * @param sub the {@code sub} field
 * @param email With the `email` scope.  Optional: {@code null} when absent.
 * @param emailVerified Optional: {@code null} when absent.
 * @param name With the `profile` scope.  Optional: {@code null} when absent.
 * @param picture Optional: {@code null} when absent.
 * @param locale Optional: {@code null} when absent.
 * @param updatedAt Seconds since the epoch.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserInfo(
        @JsonProperty("sub") String sub,
        @JsonProperty("email") String email,
        @JsonProperty("email_verified") Boolean emailVerified,
        @JsonProperty("name") String name,
        @JsonProperty("picture") String picture,
        @JsonProperty("locale") String locale,
        @JsonProperty("updated_at") Long updatedAt
) {
    public UserInfo {
        Objects.requireNonNull(sub, "UserInfo.sub is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.sub = sub;
        builder.email = email;
        builder.emailVerified = emailVerified;
        builder.name = name;
        builder.picture = picture;
        builder.locale = locale;
        builder.updatedAt = updatedAt;
        return builder;
    }

    /** Builds a {@link UserInfo}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String sub;
        private String email;
        private Boolean emailVerified;
        private String name;
        private String picture;
        private String locale;
        private Long updatedAt;

        private Builder() {}

        /**
         * Sets {@code sub}.
         *
         * @param sub the value
         * @return this builder
         */
        public Builder sub(String sub) {
            this.sub = sub;
            return this;
        }

        /**
         * Sets {@code email}.
         *
         * @param email With the `email` scope.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
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
         * @param name With the `profile` scope.  Optional: {@code null} when absent.
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
         * Sets {@code updated_at}.
         *
         * @param updatedAt Seconds since the epoch.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder updatedAt(Long updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link UserInfo}
         * @throws NullPointerException when a required field is not set
         */
        public UserInfo build() {
            return new UserInfo(sub, email, emailVerified, name, picture, locale, updatedAt);
        }
    }
}
