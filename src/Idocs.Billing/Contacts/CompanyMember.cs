using Idocs.Billing.Actors;

namespace Idocs.Billing.Contacts;

/// <summary>A person on the company's staff list, as the recipients rule needs it.</summary>
/// <param name="Email">The person's email.</param>
/// <param name="Role">The person's company role.</param>
/// <param name="IsActive">False for blocked or dismissed staff, who get no billing mail.</param>
public sealed record CompanyMember(string Email, ActorRole Role, bool IsActive);
