namespace Idocs.Documents.Rights;

/// <summary>
/// Which rights each role brings and which rights can be granted to a person one by one. An
/// employee's effective rights are the rights of their role plus the rights granted to them.
/// </summary>
public static class RolePolicy
{
    /// <summary>Rights that a Director, Admin or Moderator may grant to an employee individually.</summary>
    public const ProfileRights Grantable =
        ProfileRights.SignIncoming
        | ProfileRights.SignOutgoing
        | ProfileRights.InternalDocuments
        | ProfileRights.CreateDocuments
        | ProfileRights.ManageTemplatesAndRoutes;

    public static ProfileRights RoleRights(ProfileRole role) => role switch
    {
        ProfileRole.Director or ProfileRole.Owner => ProfileRights.All,
        ProfileRole.Admin => ProfileRights.ManageEmployees | ProfileRights.ManageTemplatesAndRoutes | ProfileRights.Billing,
        ProfileRole.Moderator => ProfileRights.ManageEmployees | ProfileRights.Billing,
        ProfileRole.Employee => ProfileRights.None,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown profile role."),
    };

    public static ProfileRights EffectiveRights(ProfileRole role, ProfileRights granted) => RoleRights(role) | granted;

    public static bool IsHead(ProfileRole role) => role is ProfileRole.Director or ProfileRole.Owner;

    /// <summary>Returns the rights in <paramref name="rights"/> that cannot be granted individually.</summary>
    public static ProfileRights NotGrantable(ProfileRights rights) => rights & ~Grantable;

    /// <summary>
    /// Returns whether <paramref name="actor"/> may manage a person with <paramref name="targetRole"/>:
    /// the head is never managed through employee editing, and a Moderator does not manage Admins.
    /// </summary>
    public static bool MayManage(ProfileRole actor, ProfileRole targetRole) =>
        !IsHead(targetRole) && (actor != ProfileRole.Moderator || targetRole != ProfileRole.Admin);

    /// <summary>Lists the single rights contained in <paramref name="rights"/>.</summary>
    public static IReadOnlyList<ProfileRights> Split(ProfileRights rights) =>
        Enum.GetValues<ProfileRights>()
            .Where(right => right is not ProfileRights.None and not ProfileRights.All && rights.HasFlag(right))
            .ToList();
}
