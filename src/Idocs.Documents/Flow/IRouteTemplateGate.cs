using Idocs.Common.Results;

namespace Idocs.Documents.Flow;

/// <summary>
/// Decides whether a profile may start a new route on a published route template. The designer's
/// gate rejects archived definitions and those of another company. With no gate registered, every
/// published template is startable.
/// </summary>
public interface IRouteTemplateGate
{
    Task<Result> CheckStartableAsync(Guid profileId, string definitionId, CancellationToken cancellationToken);
}
