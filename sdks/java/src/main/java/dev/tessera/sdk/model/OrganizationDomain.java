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
 * A domain an organization claims, proven by a DNS TXT record.
 *
 * @param id Server-assigned identifier (`dom_…`).
 * @param organizationId the {@code organization_id} field
 * @param domain the {@code domain} field
 * @param txtName Publish a TXT record with this name…
 * @param txtValue …and this value, then call `verify`.
 * @param verified the {@code verified} field
 * @param autoJoin Users with a verified email at this domain join the organization (as `member`) when they sign in, once the domain is verified.
 * @param createdAt the {@code created_at} field
 * @param verifiedAt Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationDomain(
        @JsonProperty("id") String id,
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("domain") String domain,
        @JsonProperty("txt_name") String txtName,
        @JsonProperty("txt_value") String txtValue,
        @JsonProperty("verified") boolean verified,
        @JsonProperty("auto_join") boolean autoJoin,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("verified_at") OffsetDateTime verifiedAt
) {
    public OrganizationDomain {
        Objects.requireNonNull(id, "OrganizationDomain.id is required");
        Objects.requireNonNull(organizationId, "OrganizationDomain.organizationId is required");
        Objects.requireNonNull(domain, "OrganizationDomain.domain is required");
        Objects.requireNonNull(txtName, "OrganizationDomain.txtName is required");
        Objects.requireNonNull(txtValue, "OrganizationDomain.txtValue is required");
        Objects.requireNonNull(createdAt, "OrganizationDomain.createdAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.organizationId = organizationId;
        builder.domain = domain;
        builder.txtName = txtName;
        builder.txtValue = txtValue;
        builder.verified = verified;
        builder.autoJoin = autoJoin;
        builder.createdAt = createdAt;
        builder.verifiedAt = verifiedAt;
        return builder;
    }

    /** Builds a {@link OrganizationDomain}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String organizationId;
        private String domain;
        private String txtName;
        private String txtValue;
        private Boolean verified;
        private Boolean autoJoin;
        private OffsetDateTime createdAt;
        private OffsetDateTime verifiedAt;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id Server-assigned identifier (`dom_…`).
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code organization_id}.
         *
         * @param organizationId the value
         * @return this builder
         */
        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

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
         * Sets {@code txt_name}.
         *
         * @param txtName Publish a TXT record with this name…
         * @return this builder
         */
        public Builder txtName(String txtName) {
            this.txtName = txtName;
            return this;
        }

        /**
         * Sets {@code txt_value}.
         *
         * @param txtValue …and this value, then call `verify`.
         * @return this builder
         */
        public Builder txtValue(String txtValue) {
            this.txtValue = txtValue;
            return this;
        }

        /**
         * Sets {@code verified}.
         *
         * @param verified the value
         * @return this builder
         */
        public Builder verified(Boolean verified) {
            this.verified = verified;
            return this;
        }

        /**
         * Sets {@code auto_join}.
         *
         * @param autoJoin Users with a verified email at this domain join the organization (as `member`) when they sign in, once the domain is verified.
         * @return this builder
         */
        public Builder autoJoin(Boolean autoJoin) {
            this.autoJoin = autoJoin;
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
         * Sets {@code verified_at}.
         *
         * @param verifiedAt Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder verifiedAt(OffsetDateTime verifiedAt) {
            this.verifiedAt = verifiedAt;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link OrganizationDomain}
         * @throws NullPointerException when a required field is not set
         */
        public OrganizationDomain build() {
            Objects.requireNonNull(verified, "OrganizationDomain.verified is required");
            Objects.requireNonNull(autoJoin, "OrganizationDomain.autoJoin is required");
            return new OrganizationDomain(id, organizationId, domain, txtName, txtValue, verified, autoJoin, createdAt, verifiedAt);
        }
    }
}
