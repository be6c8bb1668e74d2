namespace Idocs.Documents.Passport;

/// <summary>Checks a document's passport events, in stored order, from the first to the last.</summary>
public static class PassportVerifier
{
    /// <summary>
    /// Verifies numbering, links and hashes. With <paramref name="head"/> it also detects events
    /// removed from the end. The first event that fails is named by its position in the passport.
    /// </summary>
    public static PassportVerification Verify(Guid documentId, IReadOnlyList<PassportEvent> events, PassportHead? head = null)
    {
        ArgumentNullException.ThrowIfNull(events);

        var previousHash = PassportChain.GenesisHash;
        for (var index = 0; index < events.Count; index++)
        {
            var passportEvent = events[index];
            var position = index + 1;
            if (passportEvent.DocumentId != documentId)
            {
                return PassportVerification.Broken(position, $"event {position} belongs to document {passportEvent.DocumentId}");
            }

            if (passportEvent.Sequence != position)
            {
                return PassportVerification.Broken(
                    position, $"event {position} carries sequence number {passportEvent.Sequence}: an event is missing or out of order");
            }

            if (passportEvent.PreviousHash != previousHash)
            {
                return PassportVerification.Broken(position, $"event {position} does not link to the hash of event {position - 1}");
            }

            if (PassportChain.ComputeHash(passportEvent) != passportEvent.Hash)
            {
                return PassportVerification.Broken(position, $"event {position} was altered: its content does not match its hash");
            }

            previousHash = passportEvent.Hash;
        }

        if (head is not null && (head.Count != events.Count || head.LastHash != previousHash))
        {
            var missingFrom = Math.Min(events.Count, head.Count) + 1;
            return PassportVerification.Broken(
                missingFrom, $"the passport has {events.Count} events but the document records {head.Count}: events were removed from the end");
        }

        return PassportVerification.Intact;
    }
}
