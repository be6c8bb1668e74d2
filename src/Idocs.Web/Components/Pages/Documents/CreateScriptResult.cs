namespace Idocs.Web.Components.Pages.Documents;

/// <summary>The object the functions of cabinet-create.js resolve to.</summary>
public sealed record CreateScriptResult
{
    public bool Ok { get; init; }

    /// <summary>A stable error code when <see cref="Ok"/> is false: an NCALayer code, a server problem code or a cabinet code.</summary>
    public string? Code { get; init; }

    /// <summary>Technical detail for the error, in English, shown under the localized message.</summary>
    public string? Detail { get; init; }

    /// <summary>Which call failed when creating a document: <c>upload</c> or <c>route</c>.</summary>
    public string? Stage { get; init; }

    public Guid? DocumentId { get; init; }

    /// <summary>The per-document results of a mass action.</summary>
    public IReadOnlyList<MassResultItem>? Items { get; init; }
}
