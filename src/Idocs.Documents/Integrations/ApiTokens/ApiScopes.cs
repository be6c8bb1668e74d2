namespace Idocs.Documents.Integrations.ApiTokens;

/// <summary>The scopes an API token may carry. A call outside its token's scopes is answered with 403.</summary>
public static class ApiScopes
{
    public const string DocumentsRead = "documents:read";

    /// <summary>Upload documents, start routes and act on route steps.</summary>
    public const string DocumentsWrite = "documents:write";

    /// <summary>Register and remove webhooks and read their delivery log.</summary>
    public const string WebhooksManage = "webhooks:manage";

    public static IReadOnlyList<string> All { get; } = [DocumentsRead, DocumentsWrite, WebhooksManage];

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);
}
