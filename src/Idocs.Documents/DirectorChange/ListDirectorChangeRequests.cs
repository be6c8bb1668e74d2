using Idocs.Common.Results;
using Idocs.Documents.Rights;

namespace Idocs.Documents.DirectorChange;

/// <summary>Lists the current company's director change requests with their review status; open to the Director and Admins.</summary>
public sealed class ListDirectorChangeRequests(ProfileAuthorizer authorizer, IDirectorChangeRequestStore requests)
{
    private static readonly ProfileRole[] AllowedRoles = [ProfileRole.Director, ProfileRole.Admin];

    public async Task<Result<IReadOnlyList<DirectorChangeRequest>>> RunAsync(Guid actorPersonId, CancellationToken cancellationToken)
    {
        var actor = await authorizer.RequireRoleAsync(actorPersonId, AllowedRoles, "view director change requests", cancellationToken).ConfigureAwait(false);
        if (!actor.IsSuccess)
        {
            return actor.Error;
        }

        return Result<IReadOnlyList<DirectorChangeRequest>>.Success(await requests.ListAsync(cancellationToken).ConfigureAwait(false));
    }
}
