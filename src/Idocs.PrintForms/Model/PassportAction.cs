using System.Diagnostics.CodeAnalysis;

namespace Idocs.PrintForms.Model;

/// <summary>What happened in a passport event; each value has a label in every print language.</summary>
public enum PassportAction
{
    Created,
    Edited,
    SentForApproval,
    Approved,
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Signed is the passport's word for a signing, not the integer type.")]
    Signed,
    Sent,
    Received,
    Viewed,
    Rejected,
    Revoked,
    Deleted,
    Exported,

    /// <summary>An action without its own label; the event's details describe it.</summary>
    Other,
}
