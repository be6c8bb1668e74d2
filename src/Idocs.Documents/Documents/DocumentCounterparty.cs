namespace Idocs.Documents.Documents;

/// <summary>
/// One counterparty of a document with its own progress. <see cref="IncomingCopyId"/> is the
/// incoming copy a registered counterparty received; an unregistered one has none.
/// </summary>
public sealed record DocumentCounterparty(Counterparty Party, CounterpartyProgress Progress, Guid? IncomingCopyId = null)
{
    public static DocumentCounterparty Awaiting(Counterparty party) => new(party, CounterpartyProgress.Pending);

    /// <summary>True once the counterparty signed or rejected; nothing more is expected from it.</summary>
    public bool HasAnswered => Progress is CounterpartyProgress.Signed or CounterpartyProgress.Rejected;
}
