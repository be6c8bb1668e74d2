namespace Idocs.Documents.Routes;

/// <summary>A page of the "waiting for me" list of one employee of the current profile.</summary>
public sealed record InboxQuery(Guid EmployeeId)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    /// <summary>Only approvals or only signatures; null lists both.</summary>
    public RouteStepKind? Step { get; init; }

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>The token of the previous page, or null for the first page.</summary>
    public string? ContinuationToken { get; init; }
}
