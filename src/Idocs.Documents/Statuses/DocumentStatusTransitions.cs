using System.Collections.Frozen;
using Idocs.Documents.Documents;

namespace Idocs.Documents.Statuses;

/// <summary>
/// The explicit transition table, per document kind. A change not listed here is refused with
/// <see cref="DocumentErrorCodes.IllegalStatusTransition"/>.
/// </summary>
/// <remarks>
/// An incoming copy starts as <see cref="DocumentStatus.Delivered"/>; "viewed by the counterparty"
/// there means the receiver opened it. Its own route (approval, signing) follows, and the sender may
/// revoke it until the receiver signs.
/// </remarks>
public static class DocumentStatusTransitions
{
    private static readonly FrozenDictionary<DocumentKind, FrozenSet<StatusTransition>> Tables =
        new Dictionary<DocumentKind, FrozenSet<StatusTransition>>
        {
            [DocumentKind.ExternalOutgoing] = Table(
                (DocumentStatus.Draft, DocumentStatus.OnApproval),
                (DocumentStatus.Draft, DocumentStatus.OnSigning),
                (DocumentStatus.OnApproval, DocumentStatus.Approved),
                (DocumentStatus.OnApproval, DocumentStatus.Rejected),
                (DocumentStatus.OnApproval, DocumentStatus.Draft),
                (DocumentStatus.Approved, DocumentStatus.OnSigning),
                (DocumentStatus.Approved, DocumentStatus.Draft),
                (DocumentStatus.OnSigning, DocumentStatus.SignedAndSent),
                (DocumentStatus.OnSigning, DocumentStatus.Rejected),
                (DocumentStatus.OnSigning, DocumentStatus.Draft),
                (DocumentStatus.SignedAndSent, DocumentStatus.Delivered),
                (DocumentStatus.SignedAndSent, DocumentStatus.Rejected),
                (DocumentStatus.SignedAndSent, DocumentStatus.Revoked),
                (DocumentStatus.Delivered, DocumentStatus.ViewedByCounterparty),
                (DocumentStatus.Delivered, DocumentStatus.SignedByAllParties),
                (DocumentStatus.Delivered, DocumentStatus.Rejected),
                (DocumentStatus.Delivered, DocumentStatus.Revoked),
                (DocumentStatus.ViewedByCounterparty, DocumentStatus.SignedByAllParties),
                (DocumentStatus.ViewedByCounterparty, DocumentStatus.Rejected),
                (DocumentStatus.ViewedByCounterparty, DocumentStatus.Revoked),
                (DocumentStatus.SignedByAllParties, DocumentStatus.Annulled),
                (DocumentStatus.Rejected, DocumentStatus.Draft)),
            [DocumentKind.ExternalIncoming] = Table(
                (DocumentStatus.Delivered, DocumentStatus.ViewedByCounterparty),
                (DocumentStatus.Delivered, DocumentStatus.Rejected),
                (DocumentStatus.Delivered, DocumentStatus.Revoked),
                (DocumentStatus.ViewedByCounterparty, DocumentStatus.OnApproval),
                (DocumentStatus.ViewedByCounterparty, DocumentStatus.OnSigning),
                (DocumentStatus.ViewedByCounterparty, DocumentStatus.Rejected),
                (DocumentStatus.ViewedByCounterparty, DocumentStatus.Revoked),
                (DocumentStatus.OnApproval, DocumentStatus.Approved),
                (DocumentStatus.OnApproval, DocumentStatus.Rejected),
                (DocumentStatus.OnApproval, DocumentStatus.ViewedByCounterparty),
                (DocumentStatus.OnApproval, DocumentStatus.Revoked),
                (DocumentStatus.Approved, DocumentStatus.OnSigning),
                (DocumentStatus.Approved, DocumentStatus.Rejected),
                (DocumentStatus.Approved, DocumentStatus.Revoked),
                (DocumentStatus.OnSigning, DocumentStatus.SignedByAllParties),
                (DocumentStatus.OnSigning, DocumentStatus.Rejected),
                (DocumentStatus.OnSigning, DocumentStatus.Revoked),
                (DocumentStatus.SignedByAllParties, DocumentStatus.Annulled)),
            [DocumentKind.Internal] = Table(
                (DocumentStatus.Draft, DocumentStatus.OnApproval),
                (DocumentStatus.Draft, DocumentStatus.OnSigning),
                (DocumentStatus.OnApproval, DocumentStatus.Approved),
                (DocumentStatus.OnApproval, DocumentStatus.Rejected),
                (DocumentStatus.OnApproval, DocumentStatus.Draft),
                (DocumentStatus.Approved, DocumentStatus.OnSigning),
                (DocumentStatus.Approved, DocumentStatus.Draft),
                (DocumentStatus.OnSigning, DocumentStatus.SignedByAllParties),
                (DocumentStatus.OnSigning, DocumentStatus.Rejected),
                (DocumentStatus.OnSigning, DocumentStatus.Draft),
                (DocumentStatus.SignedByAllParties, DocumentStatus.Annulled),
                (DocumentStatus.Rejected, DocumentStatus.Draft)),
        }.ToFrozenDictionary();

    /// <summary>The status a new document of the kind starts in.</summary>
    public static DocumentStatus InitialStatus(DocumentKind kind) =>
        kind == DocumentKind.ExternalIncoming ? DocumentStatus.Delivered : DocumentStatus.Draft;

    public static bool IsAllowed(DocumentKind kind, DocumentStatus from, DocumentStatus to) =>
        Tables[kind].Contains(new StatusTransition(from, to));

    /// <summary>Every allowed transition for the kind, in no particular order.</summary>
    public static IReadOnlyCollection<StatusTransition> AllowedFor(DocumentKind kind) => Tables[kind];

    private static FrozenSet<StatusTransition> Table(params (DocumentStatus From, DocumentStatus To)[] pairs) =>
        pairs.Select(pair => new StatusTransition(pair.From, pair.To)).ToFrozenSet();
}
