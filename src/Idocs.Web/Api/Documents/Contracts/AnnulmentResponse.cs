using Idocs.Documents.Annulment;

namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>The document's status after an annulment step, and whether the other side still has to confirm.</summary>
public sealed record AnnulmentResponse(Guid DocumentId, string Status, bool AwaitsOtherSide)
{
    public static AnnulmentResponse From(AnnulmentOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new AnnulmentResponse(outcome.DocumentId, outcome.Status.ToString(), outcome.AwaitsOtherSide);
    }
}
