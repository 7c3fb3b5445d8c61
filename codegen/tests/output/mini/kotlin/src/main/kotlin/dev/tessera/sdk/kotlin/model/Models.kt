// generated from spec/openapi.yaml by tessera-codegen, do not edit
// The API's data types. Optional properties default to null and are left out of requests.
package dev.tessera.sdk.kotlin.model

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue
import com.fasterxml.jackson.annotation.JsonIgnoreProperties
import com.fasterxml.jackson.annotation.JsonInclude
import com.fasterxml.jackson.annotation.JsonProperty
import com.fasterxml.jackson.core.JsonParser
import com.fasterxml.jackson.databind.DeserializationContext
import com.fasterxml.jackson.databind.JsonDeserializer
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.annotation.JsonDeserialize
import com.fasterxml.jackson.databind.deser.std.StdDeserializer
import java.time.OffsetDateTime

/**
 * A pet. Its `name` may be "unknown" *&#47; and that's fine.
 *
 * @property name The """name""".
 * @property from A Python keyword.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonDeserialize(using = JsonDeserializer.None::class)
data class Pet(
    @param:JsonProperty("id") val id: String,
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("kind") val kind: PetKind,
    @param:JsonProperty("born_at") val bornAt: OffsetDateTime,
    @param:JsonProperty("tags") val tags: List<String>,
    @param:JsonProperty("traits") val traits: Map<String, Long>,
    @param:JsonProperty("owner") val owner: String?,
    @param:JsonProperty("vet_visits") val vetVisits: List<OffsetDateTime>? = null,
    @param:JsonProperty("friends") val friends: List<Pet>? = null,
    @param:JsonProperty("from") val from: String? = null,
) : Adoption

/**
 * A pet, or a place on the waiting list.
 */
@JsonDeserialize(using = Adoption.Decoder::class)
sealed interface Adoption {
    /** Reads the first variant, in order, whose required JSON keys are all present. */
    class Decoder : StdDeserializer<Adoption>(Adoption::class.java) {
        override fun deserialize(parser: JsonParser, context: DeserializationContext): Adoption {
            val node: JsonNode = parser.readValueAsTree()
            if (node.isObject && node.has("id") && node.has("name") && node.has("kind") && node.has("born_at") && node.has("tags") && node.has("traits") && node.has("owner")) {
                return context.readTreeAsValue(node, Pet::class.java)
            }
            if (node.isObject && node.has("position")) {
                return context.readTreeAsValue(node, Waiting::class.java)
            }
            return context.reportInputMismatch(Adoption::class.java, "no variant of Adoption matches %s", node)
        }
    }
}

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonDeserialize(using = JsonDeserializer.None::class)
data class Waiting(
    @param:JsonProperty("position") val position: Long,
) : Adoption

enum class PetKind(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("cat")
    CAT("cat"),
    @JsonProperty("dog")
    DOG("dog"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class NewPet(
    @param:JsonProperty("name") val name: String,
    @param:JsonProperty("kind") val kind: PetKind,
)

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Rename(
    @param:JsonProperty("name") val name: String? = null,
)

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class TokenForm(
    @param:JsonProperty("grant_type") val grantType: String,
    @param:JsonProperty("scope") val scope: String? = null,
    @param:JsonProperty("resource") val resource: String? = null,
    @param:JsonProperty("client_id") val clientId: String? = null,
    @param:JsonProperty("client_secret") val clientSecret: String? = null,
)

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class TokenAnswer(
    @param:JsonProperty("access_token") val accessToken: String,
    @param:JsonProperty("expires_in") val expiresIn: Long,
    @param:JsonProperty("scope") val scope: String? = null,
    @param:JsonProperty("extra") val extra: Map<String, String>? = null,
)

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class PetList(
    @param:JsonProperty("data") val data: List<Pet>,
    @param:JsonProperty("next_cursor") val nextCursor: String? = null,
)

enum class Code(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
    @JsonProperty("not_found")
    NOT_FOUND("not_found"),
    @JsonProperty("taken")
    TAKEN("taken"),

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
data class Problem(
    @param:JsonProperty("status") val status: Long,
    @param:JsonProperty("detail") val detail: String,
    @param:JsonProperty("code") val code: Code,
    @param:JsonProperty("request_id") val requestId: String? = null,
)
