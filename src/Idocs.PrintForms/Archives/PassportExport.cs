using Idocs.Documents.Passport;

namespace Idocs.PrintForms.Archives;

/// <summary>The passport as <c>passport/passport.json</c> holds it: every stored event and the chain check's result at export time.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="ChainHead">The last event's hash, or the genesis hash when there are no events.</param>
/// <param name="Verification">Whether the chain was intact when exported, and the first broken event if not.</param>
/// <param name="Events">The events as stored, in sequence order, with their hashes.</param>
public sealed record PassportExport(
    Guid DocumentId,
    string ChainHead,
    PassportVerification Verification,
    IReadOnlyList<PassportEvent> Events);
