namespace Idocs.Web.Components.Pages.Account;

/// <summary>The object every function of cabinet-auth.js resolves to.</summary>
public sealed record AuthScriptResult
{
    public bool Ok { get; init; }

    /// <summary>A stable error code when <see cref="Ok"/> is false: an NCALayer code, a server problem code or a cabinet code.</summary>
    public string? Code { get; init; }

    /// <summary>Technical detail for the error, in English, shown under the localized message.</summary>
    public string? Detail { get; init; }

    public string? Version { get; init; }

    public IReadOnlyList<string>? Storages { get; init; }

    public IReadOnlyList<ProfileChoice>? Profiles { get; init; }

    public Guid? ProfileId { get; init; }
}
