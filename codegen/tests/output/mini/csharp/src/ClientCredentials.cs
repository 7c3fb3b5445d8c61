// generated from spec/openapi.yaml by tessera-codegen, do not edit
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Tessera.Models;

namespace Tessera;

/// <summary>A cached client-credentials token and when, on the helper's clock, it stops being used.</summary>
/// <param name="Value">The access token.</param>
/// <param name="Scope">The granted scopes.</param>
/// <param name="ExpiresAt">Clock reading after which the helper fetches a new token.</param>
public sealed record AccessToken(string Value, string? Scope, TimeSpan ExpiresAt);

/// <summary>
/// Access tokens for a confidential client (OAuth 2.0 client credentials, RFC 6749 section
/// 4.4), fetched from its tenant's token endpoint and cached until shortly before they expire.
/// Safe to share; concurrent callers wait for one token request.
/// </summary>
public sealed class ClientCredentials
{
    private readonly TesseraClient client;
    private readonly string tenant;
    private readonly string clientId;
    private readonly string clientSecret;
    private readonly SemaphoreSlim gate = new(1, 1);
    private AccessToken? cached;

    /// <summary>Space-separated scopes to ask for; all the client's scopes when null.</summary>
    public string? Scope { get; init; }
    /// <summary>The API the token is for (RFC 8707), which becomes its aud.</summary>
    public string? Resource { get; init; }
    /// <summary>client_secret_basic (the default) or client_secret_post, as registered.</summary>
    public string AuthMethod { get; init; } = "client_secret_basic";
    /// <summary>How long before expiry a new token is fetched (default 30 s).</summary>
    public TimeSpan RefreshBefore { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>A monotonic clock; tests pass their own.</summary>
    public Func<TimeSpan> Clock { get; init; } = () => Stopwatch.GetElapsedTime(0);

    /// <summary>Tokens for the client clientId of tenant, fetched through client.</summary>
    public ClientCredentials(TesseraClient client, string tenant, string clientId, string clientSecret)
    {
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(clientSecret))
            throw new ArgumentException("client credentials need a client id and a client secret");
        this.client = client;
        this.tenant = tenant;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /// <summary>A valid access token: the cached one, or a new one when it is about to expire.</summary>
    public async Task<string> GetTokenAsync(CancellationToken cancellationToken = default) =>
        (await GetAccessTokenAsync(cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Like GetTokenAsync, with the granted scope and the refresh time.</summary>
    public async Task<AccessToken> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (cached is { } live && Clock() < live.ExpiresAt) return live;
            if (AuthMethod is not ("client_secret_basic" or "client_secret_post"))
                throw new InvalidOperationException($"unsupported AuthMethod {AuthMethod}: use client_secret_basic or client_secret_post");
            var post = AuthMethod == "client_secret_post";
            var headers = new Dictionary<string, string>();
            if (!post)
            {
                // RFC 6749 section 2.3.1: both parts form-encoded before the Basic encoding.
                var pair = $"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(clientSecret)}";
                headers["authorization"] = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(pair));
            }
            var askedAt = Clock();
            var answer = await client.GetTokenAsync(
                tenant,
                new TokenForm
                {
                    GrantType = "client_credentials",
                    Scope = Scope,
                    Resource = Resource,
                    ClientId = post ? clientId : null,
                    ClientSecret = post ? clientSecret : null,
                },
                new RequestOptions { Headers = headers },
                cancellationToken).ConfigureAwait(false);
            // Refresh ahead of expiry, but never sooner than half the lifetime.
            var lifetime = TimeSpan.FromSeconds(answer.ExpiresIn);
            var margin = RefreshBefore < lifetime / 2 ? RefreshBefore : lifetime / 2;
            cached = new AccessToken(answer.AccessToken, answer.Scope, askedAt + lifetime - margin);
            return cached;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The Authorization header value, "Bearer &lt;token&gt;".</summary>
    public async Task<string> AuthorizationAsync(CancellationToken cancellationToken = default) =>
        "Bearer " + await GetTokenAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Forgets the cached token, so the next call fetches a new one (after a 401, say).</summary>
    public void Invalidate() => cached = null;
}
