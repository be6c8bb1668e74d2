using Idocs.Common.Results;
using Idocs.Documents.Rights;

namespace Idocs.Documents.Audit;

/// <summary>Reads the current profile's audit log; open to its Director (or owner) and Admins.</summary>
public sealed class ReadAuditLog(ProfileAuthorizer authorizer, IAuditLogStore log)
{
    private static readonly ProfileRole[] AllowedRoles = [ProfileRole.Director, ProfileRole.Owner, ProfileRole.Admin];

    public async Task<Result<IReadOnlyList<AuditEvent>>> RunAsync(Guid personId, CancellationToken cancellationToken)
    {
        var actor = await authorizer.RequireRoleAsync(personId, AllowedRoles, "read the audit log", cancellationToken).ConfigureAwait(false);
        if (!actor.IsSuccess)
        {
            return actor.Error;
        }

        var events = await log.ListAsync(cancellationToken).ConfigureAwait(false);
        return Result<IReadOnlyList<AuditEvent>>.Success(events);
    }
}
