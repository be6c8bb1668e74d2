using Idocs.Common.Results;
using Idocs.Workflows.Designer;

namespace Idocs.Documents.Flow;

/// <summary>
/// Lets a route start only on a shipped definition or on an unarchived one of the starting profile's
/// company. Another company's definition reads as not published, so its id reveals nothing.
/// </summary>
public sealed class DesignerRouteTemplateGate(DesignerService designer) : IRouteTemplateGate
{
    public async Task<Result> CheckStartableAsync(Guid profileId, string definitionId, CancellationToken cancellationToken)
    {
        var startable = await designer.CheckStartableAsync(profileId, definitionId, cancellationToken);
        return startable.Error?.Code != DesignerErrorCodes.DefinitionNotVisible
            ? startable
            : Result.Failure(CommonErrorCodes.NotFound, $"Route template '{definitionId}' is not published; choose one of the published route templates.");
    }
}
