namespace Idocs.Web.Components.Pages.Support;

/// <summary>A pending director change request as the support API lists it.</summary>
public sealed record SupportRequestItem(
    Guid RequestId,
    Guid ProfileId,
    string Status,
    string FutureDirectorIin,
    string FutureDirectorFullName,
    string? FutureDirectorEmail,
    string OrderNumber,
    DateOnly OrderDate,
    string OrderFileName,
    long OrderFileBytes,
    DateTimeOffset FiledAt,
    string FiledBy);
