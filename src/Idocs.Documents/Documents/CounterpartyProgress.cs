using System.Diagnostics.CodeAnalysis;

namespace Idocs.Documents.Documents;

/// <summary>How far one counterparty of an outgoing document has got with it.</summary>
public enum CounterpartyProgress
{
    /// <summary>The document has not been dispatched to this counterparty yet.</summary>
    Pending,

    /// <summary>An emailed link went out; the counterparty has not opened it yet.</summary>
    Sent,

    /// <summary>The counterparty has the document: an incoming copy, or a link it acted on.</summary>
    Delivered,

    /// <summary>The counterparty opened the document.</summary>
    Viewed,

    /// <summary>The counterparty's signature was accepted.</summary>
    [SuppressMessage("Naming", "CA1720", Justification = "Signed is the progress name shown to users, not a type.")]
    Signed,

    /// <summary>The counterparty rejected the document with a reason.</summary>
    Rejected,
}
