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
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/members`.
 *
 * @param userId The user's id (`usr_…`), of the same tenant.
 * @param role A role key; `member` when absent.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddMember(
        @JsonProperty("user_id") String userId,
        @JsonProperty("role") String role
) {
    public AddMember {
        Objects.requireNonNull(userId, "AddMember.userId is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.userId = userId;
        builder.role = role;
        return builder;
    }

    /** Builds a {@link AddMember}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String userId;
        private String role;

        private Builder() {}

        /**
         * Sets {@code user_id}.
         *
         * @param userId The user's id (`usr_…`), of the same tenant.
         * @return this builder
         */
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        /**
         * Sets {@code role}.
         *
         * @param role A role key; `member` when absent.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link AddMember}
         * @throws NullPointerException when a required field is not set
         */
        public AddMember build() {
            return new AddMember(userId, role);
        }
    }
}
