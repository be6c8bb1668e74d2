namespace Idocs.Web.Cabinet.Documents;

/// <summary>
/// The actions the document page offers this person now. Each mirrors the check the use case makes,
/// so a button shown here is one the server accepts unless the document changed in between.
/// </summary>
public sealed record DocumentCardActions(
    bool CanApprove,
    bool CanSign,
    bool CanReject,
    bool CanRevoke,
    bool CanRemind,
    IReadOnlyList<string> FilesToSign)
{
    /// <summary>The SHA-256 of each file still without this person's signature when <see cref="CanSign"/> is true.</summary>
    public IReadOnlyList<string> FilesToSign { get; init; } = FilesToSign;

    /// <summary>Whether this person may start a one-step signing route with themselves as signer on an incoming document without a running route.</summary>
    public bool CanStartSigning { get; init; }

    public static DocumentCardActions None { get; } = new(false, false, false, false, false, []);
}
