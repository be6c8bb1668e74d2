using Idocs.Common.Ids;
using Idocs.Common.Results;
using Idocs.Documents.Rights;

namespace Idocs.Documents.Employees;

/// <summary>
/// A person's membership in a profile: their role, granted rights and status. The owner of a sole
/// proprietor or individual profile is one too. Matched to a person by IIN when they log in.
/// </summary>
public sealed class Employee
{
    private Employee(
        Guid id,
        Guid profileId,
        string iin,
        string fullName,
        string? email,
        ProfileRole role,
        ProfileRights grantedRights,
        EmployeeStatus status,
        DateTimeOffset invitedAt)
    {
        Id = id;
        ProfileId = profileId;
        Iin = iin;
        FullName = fullName;
        Email = email;
        Role = role;
        GrantedRights = grantedRights;
        Status = status;
        InvitedAt = invitedAt;
    }

    public Guid Id { get; }

    public Guid ProfileId { get; }

    public string Iin { get; }

    /// <summary>The person, once they have logged in; null while only invited.</summary>
    public Guid? PersonId { get; private set; }

    public string FullName { get; private set; }

    public string? Email { get; private set; }

    public ProfileRole Role { get; private set; }

    /// <summary>Rights granted individually, on top of the role's rights.</summary>
    public ProfileRights GrantedRights { get; private set; }

    public EmployeeStatus Status { get; private set; }

    public DateTimeOffset InvitedAt { get; }

    public DateTimeOffset? JoinedAt { get; private set; }

    public DateTimeOffset? BlockedAt { get; private set; }

    public ProfileRights EffectiveRights => RolePolicy.EffectiveRights(Role, GrantedRights);

    public bool IsHead => RolePolicy.IsHead(Role);

    /// <summary>Creates the registering person's membership: active, as Director or owner.</summary>
    public static Employee CreateHead(Guid profileId, Guid personId, string iin, string fullName, string? email, ProfileRole headRole, DateTimeOffset at, TimeProvider clock)
    {
        if (!RolePolicy.IsHead(headRole))
        {
            throw new ArgumentOutOfRangeException(nameof(headRole), headRole, "A profile's head is its Director or owner.");
        }

        return new Employee(IdGenerator.NewId(clock), profileId, iin, fullName, email, headRole, ProfileRights.None, EmployeeStatus.Active, at)
        {
            PersonId = personId,
            JoinedAt = at,
        };
    }

    public static Employee Invite(Guid profileId, string iin, string fullName, string? email, ProfileRole role, ProfileRights grantedRights, DateTimeOffset at, TimeProvider clock) =>
        new(IdGenerator.NewId(clock), profileId, iin, fullName, email, role, grantedRights, EmployeeStatus.Invited, at);

    /// <summary>Activates an invitation when the person logs in with a certificate bearing the invited IIN.</summary>
    public Result Join(Guid personId, string fullName, DateTimeOffset at)
    {
        if (Status != EmployeeStatus.Invited)
        {
            return Result.Failure(CommonErrorCodes.InvalidInput, $"The employee {Id} is {Status}, not invited.");
        }

        PersonId = personId;
        FullName = fullName;
        Status = EmployeeStatus.Active;
        JoinedAt = at;
        return Result.Success();
    }

    public Result Block(DateTimeOffset at)
    {
        if (Status == EmployeeStatus.Blocked)
        {
            return Result.Failure(AccountsErrorCodes.EmployeeAlreadyBlocked, $"The employee {Id} is already blocked.");
        }

        Status = EmployeeStatus.Blocked;
        BlockedAt = at;
        return Result.Success();
    }

    /// <summary>Unblocks: active again if they had joined, otherwise invited again.</summary>
    public Result Unblock()
    {
        if (Status != EmployeeStatus.Blocked)
        {
            return Result.Failure(AccountsErrorCodes.EmployeeNotBlocked, $"The employee {Id} is not blocked.");
        }

        Status = JoinedAt is null ? EmployeeStatus.Invited : EmployeeStatus.Active;
        BlockedAt = null;
        return Result.Success();
    }

    public void ChangeAccess(ProfileRole role, ProfileRights grantedRights)
    {
        if (RolePolicy.IsHead(role) || IsHead)
        {
            throw new InvalidOperationException("The head changes only through a director change.");
        }

        Role = role;
        GrantedRights = grantedRights;
    }

    /// <summary>Makes the former director an ordinary employee with no rights, after an approved director change.</summary>
    public void ResetToEmployeeWithoutRights()
    {
        Role = ProfileRole.Employee;
        GrantedRights = ProfileRights.None;
    }

    /// <summary>Makes this employee the Director after an approved director change; a blocked employee is unblocked.</summary>
    public void PromoteToDirector()
    {
        Role = ProfileRole.Director;
        GrantedRights = ProfileRights.None;
        if (Status == EmployeeStatus.Blocked)
        {
            Status = JoinedAt is null ? EmployeeStatus.Invited : EmployeeStatus.Active;
            BlockedAt = null;
        }
    }

    /// <summary>Returns a detached copy, as a fresh load from storage would; used by in-memory stores in tests.</summary>
    internal Employee Copy() => (Employee)MemberwiseClone();
}
