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
 * Body of `POST /t/{tenant}/invitations/accept`.
 *
 * @param token The `tin_…` token from the invitation email's link.
 * @param password For an invitee without an account: the password of the account created on accepting. An invitee who has an account signs in and sends their access token instead.  Optional: {@code null} when absent.
 * @param name The new account's display name.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AcceptInvitation(
        @JsonProperty("token") String token,
        @JsonProperty("password") String password,
        @JsonProperty("name") String name
) {
    public AcceptInvitation {
        Objects.requireNonNull(token, "AcceptInvitation.token is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.token = token;
        builder.password = password;
        builder.name = name;
        return builder;
    }

    /** Builds a {@link AcceptInvitation}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String token;
        private String password;
        private String name;

        private Builder() {}

        /**
         * Sets {@code token}.
         *
         * @param token The `tin_…` token from the invitation email's link.
         * @return this builder
         */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * Sets {@code password}.
         *
         * @param password For an invitee without an account: the password of the account created on accepting. An invitee who has an account signs in and sends their access token instead.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param name The new account's display name.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link AcceptInvitation}
         * @throws NullPointerException when a required field is not set
         */
        public AcceptInvitation build() {
            return new AcceptInvitation(token, password, name);
        }
    }
}
