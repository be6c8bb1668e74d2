namespace Idocs.Documents.LinkAccess;

/// <summary>Why a link was refused. The message never contains the token.</summary>
public static class LinkAccessErrorCodes
{
    /// <summary>No token with this value exists; also returned for a malformed token.</summary>
    public const string Unknown = "link_access.unknown";

    public const string Expired = "link_access.expired";

    /// <summary>The token was already used to sign or reject, so the recipient needs a new link from the sender.</summary>
    public const string Used = "link_access.used";

    /// <summary>The sender issued a newer link to this recipient, which replaced this one.</summary>
    public const string Superseded = "link_access.superseded";

    /// <summary>The token belongs to another document.</summary>
    public const string WrongDocument = "link_access.wrong_document";
}
