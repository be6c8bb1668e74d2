using Idocs.Common.Results;

namespace Idocs.Documents.Signing;

/// <summary>The pre-check outcome for one document: ready, or the reason it will be skipped.</summary>
public sealed record MassActionItem(Guid DocumentId, Error? Refusal)
{
    public bool IsReady => Refusal is null;
}
