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
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/domains`.
 *
 * @param domain the {@code domain} field
 * @param autoJoin Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateOrganizationDomain(
        @JsonProperty("domain") String domain,
        @JsonProperty("auto_join") Boolean autoJoin
) {
    public CreateOrganizationDomain {
        Objects.requireNonNull(domain, "CreateOrganizationDomain.domain is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.domain = domain;
        builder.autoJoin = autoJoin;
        return builder;
    }

    /** Builds a {@link CreateOrganizationDomain}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String domain;
        private Boolean autoJoin;

        private Builder() {}

        /**
         * Sets {@code domain}.
         *
         * @param domain the value
         * @return this builder
         */
        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        /**
         * Sets {@code auto_join}.
         *
         * @param autoJoin Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder autoJoin(Boolean autoJoin) {
            this.autoJoin = autoJoin;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link CreateOrganizationDomain}
         * @throws NullPointerException when a required field is not set
         */
        public CreateOrganizationDomain build() {
            return new CreateOrganizationDomain(domain, autoJoin);
        }
    }
}
