namespace Idocs.Documents.Flow;

/// <summary>Placeholder names of document email templates.</summary>
public static class DocumentMailValues
{
    public const string Title = "title";

    public const string Number = "number";

    public const string Date = "date";

    public const string Status = "status";

    public const string Reason = "reason";

    public const string SenderName = "senderName";

    /// <summary>The link secret; only the mail renderer reads it, to build the URL.</summary>
    public const string LinkToken = "linkToken";

    public const string ExpiresAt = "expiresAt";
}
