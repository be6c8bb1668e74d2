using Idocs.Common.Results;

namespace Idocs.Documents.Rights;

/// <summary>"My profile → View rights": the current person's rights in the current profile.</summary>
public sealed class ViewMyRights(ProfileAuthorizer authorizer)
{
    public async Task<Result<MyRights>> RunAsync(Guid personId, CancellationToken cancellationToken)
    {
        var member = await authorizer.RequireActiveMemberAsync(personId, cancellationToken).ConfigureAwait(false);
        if (!member.IsSuccess)
        {
            return member.Error;
        }

        var employee = member.Value;
        var roleRights = RolePolicy.RoleRights(employee.Role);
        var lines = RolePolicy.Split(ProfileRights.All)
            .Select(right => new RightView(
                right,
                employee.EffectiveRights.HasFlag(right),
                roleRights.HasFlag(right) ? RightSource.Role
                    : employee.GrantedRights.HasFlag(right) ? RightSource.Granted
                    : RightSource.None))
            .ToList();
        return new MyRights(employee.ProfileId, employee.Id, employee.Role, employee.EffectiveRights, lines);
    }
}
