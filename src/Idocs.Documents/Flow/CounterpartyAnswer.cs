using Idocs.Documents.Documents;

namespace Idocs.Documents.Flow;

/// <summary>The counterparty's answer to a sent document: its accepted signature, or a rejection with a reason.</summary>
public sealed record CounterpartyAnswer(RecordedSignature? Signature, string? RejectionReason)
{
    public static CounterpartyAnswer FromSignature(RecordedSignature signature) => new(signature, null);

    public static CounterpartyAnswer FromRejection(string reason) => new(null, reason);
}
