namespace Tessera;

/// <summary>The SDK's version, which is the API's.</summary>
public static class Version
{
    /// <summary>The version string.</summary>
    public const string Value = {{ version }};
}
