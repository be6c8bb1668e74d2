namespace Idocs.Documents.Statuses;

/// <summary>
/// The legal state of a document. Values are stored by name, so renaming one is a data migration.
/// </summary>
public enum DocumentStatus
{
    /// <summary>Being prepared by its author; no one else has acted on it (Черновик).</summary>
    Draft,

    /// <summary>Waiting for approvers of the route (На согласовании).</summary>
    OnApproval,

    /// <summary>Every approval stage is done (Согласован).</summary>
    Approved,

    /// <summary>Waiting for the signers of this side (На подписании).</summary>
    OnSigning,

    /// <summary>Signed by the sender and sent to the counterparty (Подписан и отправлен).</summary>
    SignedAndSent,

    /// <summary>Delivered to the counterparty (Доставлен); for an incoming copy, received.</summary>
    Delivered,

    /// <summary>Opened by the counterparty (Просмотрен контрагентом); for an incoming copy, opened by the receiver.</summary>
    ViewedByCounterparty,

    /// <summary>Every required party signed (Подписан); the document is legally binding.</summary>
    SignedByAllParties,

    /// <summary>Rejected with a reason by an approver, signer or counterparty (Отклонён).</summary>
    Rejected,

    /// <summary>Withdrawn by the sender before any counterparty signature (Отозван).</summary>
    Revoked,

    /// <summary>Cancelled by agreement of both sides after it was signed by all parties (Аннулирован).</summary>
    Annulled,
}
