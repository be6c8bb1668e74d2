namespace Idocs.Documents.Routes.Activities;

/// <summary>Bookmark kinds of the document activities; both are resumed only by <c>Actor.System</c>.</summary>
public static class DocumentBookmarkKinds
{
    /// <summary>The route reached Dispatch and waits until the document module has sent the document.</summary>
    public const string Dispatch = "document-dispatch";

    /// <summary>The route waits for the counterparty's signature or rejection.</summary>
    public const string Counterparty = "document-counterparty";
}
