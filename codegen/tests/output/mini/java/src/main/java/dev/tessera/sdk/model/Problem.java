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
 * A record of the API.
 *
 * @param status the {@code status} field
 * @param detail the {@code detail} field
 * @param code the {@code code} field
 * @param requestId Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(
        @JsonProperty("status") long status,
        @JsonProperty("detail") String detail,
        @JsonProperty("code") Code code,
        @JsonProperty("request_id") String requestId
) {
    public Problem {
        Objects.requireNonNull(detail, "Problem.detail is required");
        Objects.requireNonNull(code, "Problem.code is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.status = status;
        builder.detail = detail;
        builder.code = code;
        builder.requestId = requestId;
        return builder;
    }

    /** Builds a {@link Problem}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private Long status;
        private String detail;
        private Code code;
        private String requestId;

        private Builder() {}

        /**
         * Sets {@code status}.
         *
         * @param status the value
         * @return this builder
         */
        public Builder status(Long status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code detail}.
         *
         * @param detail the value
         * @return this builder
         */
        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        /**
         * Sets {@code code}.
         *
         * @param code the value
         * @return this builder
         */
        public Builder code(Code code) {
            this.code = code;
            return this;
        }

        /**
         * Sets {@code request_id}.
         *
         * @param requestId Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link Problem}
         * @throws NullPointerException when a required field is not set
         */
        public Problem build() {
            Objects.requireNonNull(status, "Problem.status is required");
            return new Problem(status, detail, code, requestId);
        }
    }
}
