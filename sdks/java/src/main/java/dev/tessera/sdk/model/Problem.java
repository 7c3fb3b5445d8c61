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
 * An RFC 9457 problem document, sent as `application/problem+json`.
 *
 * @param type A URI naming the problem type: `urn:tessera:problem:{code}`.
 * @param title A short summary of the problem type.
 * @param status The HTTP status code.
 * @param detail What went wrong in this occurrence, written for a person.
 * @param code The stable machine-readable code.
 * @param requestId The request id, also sent as the `x-request-id` response header.  Optional: {@code null} when absent.
 * @param errors Field-level errors, for `validation_failed`.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(
        @JsonProperty("type") String type,
        @JsonProperty("title") String title,
        @JsonProperty("status") long status,
        @JsonProperty("detail") String detail,
        @JsonProperty("code") ErrorCode code,
        @JsonProperty("request_id") String requestId,
        @JsonProperty("errors") List<FieldError> errors
) {
    public Problem {
        Objects.requireNonNull(type, "Problem.type is required");
        Objects.requireNonNull(title, "Problem.title is required");
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
        builder.type = type;
        builder.title = title;
        builder.status = status;
        builder.detail = detail;
        builder.code = code;
        builder.requestId = requestId;
        builder.errors = errors;
        return builder;
    }

    /** Builds a {@link Problem}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String type;
        private String title;
        private Long status;
        private String detail;
        private ErrorCode code;
        private String requestId;
        private List<FieldError> errors;

        private Builder() {}

        /**
         * Sets {@code type}.
         *
         * @param type A URI naming the problem type: `urn:tessera:problem:{code}`.
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * Sets {@code title}.
         *
         * @param title A short summary of the problem type.
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets {@code status}.
         *
         * @param status The HTTP status code.
         * @return this builder
         */
        public Builder status(Long status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code detail}.
         *
         * @param detail What went wrong in this occurrence, written for a person.
         * @return this builder
         */
        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        /**
         * Sets {@code code}.
         *
         * @param code The stable machine-readable code.
         * @return this builder
         */
        public Builder code(ErrorCode code) {
            this.code = code;
            return this;
        }

        /**
         * Sets {@code request_id}.
         *
         * @param requestId The request id, also sent as the `x-request-id` response header.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * Sets {@code errors}.
         *
         * @param errors Field-level errors, for `validation_failed`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder errors(List<FieldError> errors) {
            this.errors = errors;
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
            return new Problem(type, title, status, detail, code, requestId, errors);
        }
    }
}
