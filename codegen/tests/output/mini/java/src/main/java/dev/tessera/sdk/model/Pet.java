// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pet. Its `name` may be "unknown" *&#47; and that's fine.
 *
 * @param id the {@code id} field
 * @param name The """name""".
 * @param kind the {@code kind} field
 * @param bornAt the {@code born_at} field
 * @param tags the {@code tags} field
 * @param traits the {@code traits} field
 * @param owner the {@code owner} field
 * @param vetVisits Optional: {@code null} when absent.
 * @param friends Optional: {@code null} when absent.
 * @param from A Python keyword.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record Pet(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("kind") PetKind kind,
        @JsonProperty("born_at") OffsetDateTime bornAt,
        @JsonProperty("tags") List<String> tags,
        @JsonProperty("traits") Map<String, Long> traits,
        @JsonProperty("owner") String owner,
        @JsonProperty("vet_visits") List<OffsetDateTime> vetVisits,
        @JsonProperty("friends") List<Pet> friends,
        @JsonProperty("from") String from
) implements Adoption {
    public Pet {
        Objects.requireNonNull(id, "Pet.id is required");
        Objects.requireNonNull(name, "Pet.name is required");
        Objects.requireNonNull(kind, "Pet.kind is required");
        Objects.requireNonNull(bornAt, "Pet.bornAt is required");
        Objects.requireNonNull(tags, "Pet.tags is required");
        Objects.requireNonNull(traits, "Pet.traits is required");
        Objects.requireNonNull(owner, "Pet.owner is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.name = name;
        builder.kind = kind;
        builder.bornAt = bornAt;
        builder.tags = tags;
        builder.traits = traits;
        builder.owner = owner;
        builder.vetVisits = vetVisits;
        builder.friends = friends;
        builder.from = from;
        return builder;
    }

    /** Builds a {@link Pet}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String name;
        private PetKind kind;
        private OffsetDateTime bornAt;
        private List<String> tags;
        private Map<String, Long> traits;
        private String owner;
        private List<OffsetDateTime> vetVisits;
        private List<Pet> friends;
        private String from;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id the value
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param name The """name""".
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code kind}.
         *
         * @param kind the value
         * @return this builder
         */
        public Builder kind(PetKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets {@code born_at}.
         *
         * @param bornAt the value
         * @return this builder
         */
        public Builder bornAt(OffsetDateTime bornAt) {
            this.bornAt = bornAt;
            return this;
        }

        /**
         * Sets {@code tags}.
         *
         * @param tags the value
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Sets {@code traits}.
         *
         * @param traits the value
         * @return this builder
         */
        public Builder traits(Map<String, Long> traits) {
            this.traits = traits;
            return this;
        }

        /**
         * Sets {@code owner}.
         *
         * @param owner the value
         * @return this builder
         */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /**
         * Sets {@code vet_visits}.
         *
         * @param vetVisits Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder vetVisits(List<OffsetDateTime> vetVisits) {
            this.vetVisits = vetVisits;
            return this;
        }

        /**
         * Sets {@code friends}.
         *
         * @param friends Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder friends(List<Pet> friends) {
            this.friends = friends;
            return this;
        }

        /**
         * Sets {@code from}.
         *
         * @param from A Python keyword.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder from(String from) {
            this.from = from;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link Pet}
         * @throws NullPointerException when a required field is not set
         */
        public Pet build() {
            return new Pet(id, name, kind, bornAt, tags, traits, owner, vetVisits, friends, from);
        }
    }
}
