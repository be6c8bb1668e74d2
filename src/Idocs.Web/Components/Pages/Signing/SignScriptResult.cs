namespace Idocs.Web.Components.Pages.Signing;

/// <summary>The object the signing functions of cabinet-sign.js resolve to.</summary>
public sealed record SignScriptResult
{
    public bool Ok { get; init; }

    /// <summary>A stable error code when <see cref="Ok"/> is false: an NCALayer code, a server problem code or a cabinet code.</summary>
    public string? Code { get; init; }

    /// <summary>Technical detail for the error, in English, shown under the localized message.</summary>
    public string? Detail { get; init; }

    /// <summary>The document's status after the action, as the API spells it.</summary>
    public string? Status { get; init; }
}
