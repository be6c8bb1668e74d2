namespace Idocs.Web.Cabinet.Documents;

/// <summary>The object every function of cabinet-documents.js resolves to.</summary>
public sealed record DocumentScriptResult
{
    public bool Ok { get; init; }

    /// <summary>A stable error code when <see cref="Ok"/> is false: an NCALayer code, a server problem code or a cabinet code.</summary>
    public string? Code { get; init; }

    /// <summary>Technical detail for the error, in English, shown under the localized message.</summary>
    public string? Detail { get; init; }

    /// <summary>The document's status after the action, as the API names it.</summary>
    public string? Status { get; init; }

    /// <summary>How many files were signed before signing stopped or finished.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("signed")]
    public int SignedFiles { get; init; }
}
