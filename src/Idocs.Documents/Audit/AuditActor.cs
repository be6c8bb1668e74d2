using Idocs.Documents.Employees;

namespace Idocs.Documents.Audit;

/// <summary>
/// A copy of who acted, taken when the event happened, so the log stays true after the person
/// changes their name or leaves.
/// </summary>
/// <param name="Kind">Person, platform support or the platform itself.</param>
/// <param name="Id">The person's or support agent's id; null for the platform.</param>
/// <param name="Name">The name at the time of the event.</param>
/// <param name="Iin">The person's IIN; null for support and the platform.</param>
/// <param name="IpAddress">The client address of the request, when there was one.</param>
/// <param name="UserAgent">The client's user agent, when there was one.</param>
public sealed record AuditActor(AuditActorKind Kind, Guid? Id, string Name, string? Iin, string? IpAddress = null, string? UserAgent = null)
{
    public static AuditActor System { get; } = new(AuditActorKind.System, null, "Idocs", null);

    public static AuditActor ForEmployee(Employee employee)
    {
        ArgumentNullException.ThrowIfNull(employee);
        return new AuditActor(AuditActorKind.Person, employee.PersonId, employee.FullName, employee.Iin);
    }
}
