namespace Idocs.Documents.Documents;

/// <summary>The section a document belongs to, seen from the profile that owns this copy.</summary>
public enum DocumentKind
{
    /// <summary>Sent by the owner to one or more counterparties (Внешние / Исходящие).</summary>
    ExternalOutgoing,

    /// <summary>Received from a counterparty (Внешние / Входящие).</summary>
    ExternalIncoming,

    /// <summary>Stays inside the owner's company (Внутренние).</summary>
    Internal,
}
