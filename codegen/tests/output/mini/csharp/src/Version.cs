// generated from spec/openapi.yaml by tessera-codegen, do not edit
namespace Tessera;

/// <summary>The SDK's version, which is the API's.</summary>
public static class Version
{
    /// <summary>The version string.</summary>
    public const string Value = "1.2.3";
}
