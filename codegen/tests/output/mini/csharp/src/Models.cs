// generated from spec/openapi.yaml by tessera-codegen, do not edit
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tessera.Models;

[JsonConverter(typeof(JsonStringEnumConverter<PetKind>))]
public enum PetKind
{
    /// <summary>"cat"</summary>
    [JsonStringEnumMemberName("cat")]
    Cat,
    /// <summary>"dog"</summary>
    [JsonStringEnumMemberName("dog")]
    Dog,
}

[JsonConverter(typeof(JsonStringEnumConverter<Code>))]
public enum Code
{
    /// <summary>"not_found"</summary>
    [JsonStringEnumMemberName("not_found")]
    NotFound,
    /// <summary>"taken"</summary>
    [JsonStringEnumMemberName("taken")]
    Taken,
}

/// <summary>
/// A pet. Its `name` may be "unknown" */ and that's fine.
/// </summary>
public sealed record Pet
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }
    /// <summary>
    /// The """name""".
    /// </summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    [JsonPropertyName("kind")]
    public required PetKind Kind { get; init; }
    [JsonPropertyName("born_at")]
    public required DateTimeOffset BornAt { get; init; }
    [JsonPropertyName("tags")]
    public required List<string> Tags { get; init; }
    [JsonPropertyName("traits")]
    public required Dictionary<string, long> Traits { get; init; }
    [JsonPropertyName("owner")]
    public required string? Owner { get; init; }
    [JsonPropertyName("vet_visits")]
    public List<DateTimeOffset>? VetVisits { get; init; }
    [JsonPropertyName("friends")]
    public List<Pet>? Friends { get; init; }
    /// <summary>
    /// A Python keyword.
    /// </summary>
    [JsonPropertyName("from")]
    public string? From { get; init; }
}

/// <summary>
/// A record of the API.
/// </summary>
public sealed record Waiting
{
    [JsonPropertyName("position")]
    public required long Position { get; init; }
}

/// <summary>
/// A record of the API.
/// </summary>
public sealed record NewPet
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }
    [JsonPropertyName("kind")]
    public required PetKind Kind { get; init; }
}

/// <summary>
/// A record of the API.
/// </summary>
public sealed record Rename
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }
}

/// <summary>
/// A record of the API.
/// </summary>
public sealed record TokenForm
{
    [JsonPropertyName("grant_type")]
    public required string GrantType { get; init; }
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }
    [JsonPropertyName("resource")]
    public string? Resource { get; init; }
    [JsonPropertyName("client_id")]
    public string? ClientId { get; init; }
    [JsonPropertyName("client_secret")]
    public string? ClientSecret { get; init; }
}

/// <summary>
/// A record of the API.
/// </summary>
public sealed record TokenAnswer
{
    [JsonPropertyName("access_token")]
    public required string AccessToken { get; init; }
    [JsonPropertyName("expires_in")]
    public required long ExpiresIn { get; init; }
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }
    [JsonPropertyName("extra")]
    public Dictionary<string, string>? Extra { get; init; }
}

/// <summary>
/// A record of the API.
/// </summary>
public sealed record PetList
{
    [JsonPropertyName("data")]
    public required List<Pet> Data { get; init; }
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }
}

/// <summary>
/// A record of the API.
/// </summary>
public sealed record Problem
{
    [JsonPropertyName("status")]
    public required long Status { get; init; }
    [JsonPropertyName("detail")]
    public required string Detail { get; init; }
    [JsonPropertyName("code")]
    public required Code Code { get; init; }
    [JsonPropertyName("request_id")]
    public string? RequestId { get; init; }
}

/// <summary>
/// A pet, or a place on the waiting list.
/// </summary>
[JsonConverter(typeof(AdoptionConverter))]
public sealed record Adoption
{
    /// <summary>Set when the answer is a Pet.</summary>
    public Pet? Pet { get; init; }
    /// <summary>Set when the answer is a Waiting.</summary>
    public Waiting? Waiting { get; init; }
}

/// <summary>Reads Adoption as the first variant whose required fields are all present.</summary>
public sealed class AdoptionConverter : JsonConverter<Adoption>
{
    /// <inheritdoc/>
    public override Adoption Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        bool Has(params string[] keys) => Array.TrueForAll(keys, k => root.TryGetProperty(k, out _));
        if (Has("id", "name", "kind", "born_at", "tags", "traits", "owner")) return new Adoption { Pet = root.Deserialize<Pet>(options) };
        if (Has("position")) return new Adoption { Waiting = root.Deserialize<Waiting>(options) };
        throw new JsonException("no variant of Adoption matches the JSON object");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Adoption value, JsonSerializerOptions options)
    {
        if (value.Pet is { } _pet) { JsonSerializer.Serialize(writer, _pet, options); return; }
        if (value.Waiting is { } _waiting) { JsonSerializer.Serialize(writer, _waiting, options); return; }
        writer.WriteNullValue();
    }
}
