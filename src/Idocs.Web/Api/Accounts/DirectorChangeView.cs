namespace Idocs.Web.Api.Accounts;

/// <summary>A director change request and its review.</summary>
public sealed record DirectorChangeView(Guid RequestId, Guid ProfileId, string Status, string FutureDirectorIin, string FutureDirectorFullName, string? FutureDirectorEmail, string OrderNumber, DateOnly OrderDate, string OrderFileName, long OrderFileBytes, DateTimeOffset FiledAt, string FiledBy, DateTimeOffset? ReviewedAt, string? ReviewComment);
