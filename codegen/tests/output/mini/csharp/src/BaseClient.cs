// generated from spec/openapi.yaml by tessera-codegen, do not edit
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Tessera;

/// <summary>Per-call settings, the options argument of every operation.</summary>
public sealed record RequestOptions
{
    /// <summary>How long to wait for each attempt's response.</summary>
    public TimeSpan? Timeout { get; init; }
    /// <summary>Overrides the client's MaxRetries for this call.</summary>
    public int? MaxRetries { get; init; }
    /// <summary>Also retry a POST or PATCH. Off by default: a retried POST may act twice.</summary>
    public bool RetryNonIdempotent { get; init; }
    /// <summary>Extra headers for this call.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}

/// <summary>What OnRetry is told before each retry.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path template's expansion.</param>
/// <param name="Attempt">1 for the first retry.</param>
/// <param name="Delay">The wait until the retry.</param>
/// <param name="Error">Why the previous attempt failed.</param>
public sealed record RetryEvent(string Method, string Path, int Attempt, TimeSpan Delay, TesseraException Error);

/// <summary>The client's settings.</summary>
public sealed record ClientOptions
{
    /// <summary>The server, such as https://id.example.com.</summary>
    public required string BaseUrl { get; init; }
    /// <summary></summary>
    public string? ApiKey { get; init; }
    /// <summary></summary>
    public string? UserToken { get; init; }
    /// <summary>How long to wait for each attempt's response (default 60 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Retries after a retryable failure (408, 429, 5xx, no connection); only idempotent methods unless a call opts in.</summary>
    public int MaxRetries { get; init; } = 2;
    /// <summary>The longest wait before a retry; a longer Retry-After is shortened to it.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Headers sent with every request.</summary>
    public IReadOnlyDictionary<string, string>? DefaultHeaders { get; init; }
    /// <summary>Called before each retry.</summary>
    public Func<RetryEvent, Task>? OnRetry { get; init; }
    /// <summary>The HttpClient to send with (default: one of the SDK's own).</summary>
    public HttpClient? HttpClient { get; init; }
}

/// <summary>The JSON settings of the wire format.</summary>
public static class Json
{
    /// <summary>Wire names as declared, nulls left out, unknown fields ignored.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = false,
    };
}

/// <summary>
/// The HTTP engine: URLs, auth, timeouts, retries and error mapping, over HttpClient.
/// Operations live in TesseraClient, its subclass.
/// </summary>
public abstract class BaseClient
{
    private static readonly HttpClient SharedHttp = new() { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    private static readonly HashSet<string> Idempotent = new() { "GET", "HEAD", "PUT", "DELETE", "OPTIONS" };
    /// <summary>Security scheme => (credential, header, value prefix).</summary>
    private readonly Dictionary<string, (string? Credential, string Header, string Prefix)> schemes;
    private readonly HttpClient http;

    /// <summary>The client's settings.</summary>
    public ClientOptions Options { get; }

    /// <summary>The server's base URL, without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>A client with these settings.</summary>
    protected BaseClient(ClientOptions options)
    {
        if (string.IsNullOrEmpty(options.BaseUrl)) throw new ArgumentException("the client needs a base URL", nameof(options));
        Options = options;
        BaseUrl = options.BaseUrl.TrimEnd('/');
        http = options.HttpClient ?? SharedHttp;
        schemes = new()
        {
            ["api_key"] = (options.ApiKey, "x-api-key", ""),
            ["user_token"] = (options.UserToken, "authorization", "Bearer "),
        };
    }

    /// <summary>Whether a status is worth another attempt: 408, 429 and 5xx.</summary>
    public static bool IsRetryableStatus(int status) => status == 408 || status == 429 || status >= 500;

    /// <summary>
    /// The wait before retry number attempt (1-based): Retry-After when the server sent one,
    /// else exponential backoff (0.5 s doubling to 8 s) less up to 25% jitter.
    /// </summary>
    public static TimeSpan RetryDelay(int attempt, TimeSpan? retryAfter, TimeSpan maxRetryDelay)
    {
        if (retryAfter is { } after) return after < maxRetryDelay ? after : maxRetryDelay;
        var backoff = Math.Min(0.5 * Math.Pow(2, attempt - 1), 8.0) * (1 - Random.Shared.NextDouble() * 0.25);
        var delay = TimeSpan.FromSeconds(backoff);
        return delay < maxRetryDelay ? delay : maxRetryDelay;
    }

    /// <summary>A path parameter, percent-encoded.</summary>
    protected static string PathParam(object value) => Uri.EscapeDataString(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");

    /// <summary>Sends one call, with retries, and decodes its answer as T.</summary>
    protected async Task<T> RequestAsync<T>(string method, string path, IEnumerable<KeyValuePair<string, object?>>? query, object? json, object? form, string[] auth, RequestOptions? options, CancellationToken cancellationToken)
    {
        var text = await SendAsync(method, path, query, json, form, auth, options, cancellationToken).ConfigureAwait(false);
        if (typeof(T) == typeof(string)) return (T)(object)text;
        return JsonSerializer.Deserialize<T>(text, Json.Options) ?? throw new TesseraException($"{method} {path}: an empty answer where JSON was expected");
    }

    /// <summary>Sends one call, with retries, and returns the body's text.</summary>
    protected async Task<string> SendAsync(string method, string path, IEnumerable<KeyValuePair<string, object?>>? query, object? json, object? form, string[] auth, RequestOptions? options, CancellationToken cancellationToken)
    {
        options ??= new RequestOptions();
        var url = BaseUrl + path;
        var pairs = (query ?? Array.Empty<KeyValuePair<string, object?>>()).Where(p => p.Value is not null).Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(Scalar(p.Value!))}").ToList();
        if (pairs.Count > 0) url += "?" + string.Join("&", pairs);
        var retryable = Idempotent.Contains(method) || options.RetryNonIdempotent;
        var maxRetries = options.MaxRetries ?? Options.MaxRetries;
        var timeout = options.Timeout ?? Options.Timeout;
        for (var attempt = 0; ; attempt++)
        {
            TesseraException error;
            TimeSpan? retryAfter = null;
            try
            {
                using var request = Build(method, url, json, form, auth, options);
                using var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attemptCts.CancelAfter(timeout);
                using var response = await http.SendAsync(request, attemptCts.Token).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync(attemptCts.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 200 and < 300) return body;
                var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value));
                var apiError = ApiException.FromResponse(status, headers, body);
                if (!IsRetryableStatus(status)) throw apiError;
                error = apiError;
                retryAfter = apiError.RetryAfter;
            }
            catch (OperationCanceledException caught) when (!cancellationToken.IsCancellationRequested)
            {
                error = new TimeoutException($"{method} {path}: no response within {timeout.TotalSeconds} s", caught);
            }
            catch (HttpRequestException caught)
            {
                error = new ConnectionException($"{method} {path}: {caught.Message}", caught);
            }
            if (!retryable || attempt >= maxRetries) throw error;
            var delay = RetryDelay(attempt + 1, retryAfter, Options.MaxRetryDelay);
            if (Options.OnRetry is { } onRetry) await onRetry(new RetryEvent(method, path, attempt + 1, delay, error)).ConfigureAwait(false);
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private HttpRequestMessage Build(string method, string url, object? json, object? form, string[] auth, RequestOptions options)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.TryAddWithoutValidation("accept", "application/json, application/problem+json");
        request.Headers.TryAddWithoutValidation("user-agent", $"tessera-csharp/{Version.Value}");
        foreach (var (name, value) in Options.DefaultHeaders ?? new Dictionary<string, string>())
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }
        foreach (var scheme in auth)
        {
            if (schemes.TryGetValue(scheme, out var s) && !string.IsNullOrEmpty(s.Credential))
            {
                request.Headers.TryAddWithoutValidation(s.Header, s.Prefix + s.Credential);
                break;
            }
        }
        if (form is not null)
        {
            // A form body is the model's JSON object, flattened to its scalar fields.
            var element = JsonSerializer.SerializeToElement(form, form.GetType(), Json.Options);
            var fields = element.EnumerateObject()
                .Where(p => p.Value.ValueKind is not JsonValueKind.Null)
                .Select(p => new KeyValuePair<string, string>(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : p.Value.GetRawText()));
            request.Content = new FormUrlEncodedContent(fields);
        }
        else if (json is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(json, json.GetType(), Json.Options), Encoding.UTF8, "application/json");
        }
        foreach (var (name, value) in options.Headers ?? new Dictionary<string, string>())
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return request;
    }

    private static string Scalar(object value) => value switch
    {
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        Enum e => JsonSerializer.Serialize(e, e.GetType(), Json.Options).Trim('"'),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
