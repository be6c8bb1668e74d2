namespace Idocs.Billing.Actors;

/// <summary>
/// The role of the person acting on billing. Company roles come from the company's staff list;
/// <see cref="PlatformStaff"/> is a manager or accountant of the platform operator.
/// </summary>
/// <remarks>NOTE: the documents domain owns company roles; it maps them onto this enum when it calls billing.</remarks>
public enum ActorRole
{
    Employee,
    Moderator,
    Admin,
    Director,
    PlatformStaff,
}
