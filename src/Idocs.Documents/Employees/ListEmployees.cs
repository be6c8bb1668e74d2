using Idocs.Common.Results;
using Idocs.Documents.Rights;

namespace Idocs.Documents.Employees;

/// <summary>Lists the current profile's employees; open to those who manage employees.</summary>
public sealed class ListEmployees(ProfileAuthorizer authorizer, IEmployeeStore employees)
{
    public async Task<Result<IReadOnlyList<Employee>>> RunAsync(Guid actorPersonId, CancellationToken cancellationToken)
    {
        var actor = await authorizer.RequireRightAsync(actorPersonId, ProfileRights.ManageEmployees, cancellationToken).ConfigureAwait(false);
        if (!actor.IsSuccess)
        {
            return actor.Error;
        }

        return Result<IReadOnlyList<Employee>>.Success(await employees.ListAsync(cancellationToken).ConfigureAwait(false));
    }
}
