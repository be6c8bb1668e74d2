using Idocs.Common.Results;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Packages;

/// <summary>The outcome of a package action for one of its documents: the new status, or why it was refused.</summary>
public sealed record PackageActionResult(Guid DocumentId, DocumentStatus? Status, Error? Refusal)
{
    public bool Succeeded => Refusal is null;
}
