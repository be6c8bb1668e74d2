namespace Idocs.Web.Components.Pages.Support;

/// <summary>The object the support functions of cabinet-settings.js resolve to.</summary>
public sealed record SupportListResult
{
    public bool Ok { get; init; }

    /// <summary>The HTTP status of a failed call; 401 and 403 mean the agent has not signed in.</summary>
    public int? Status { get; init; }

    public string? Code { get; init; }

    public string? Detail { get; init; }

    public IReadOnlyList<SupportRequestItem>? Items { get; init; }
}
