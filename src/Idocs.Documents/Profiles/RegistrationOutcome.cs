using Idocs.Documents.Authentication.Sessions;
using Idocs.Documents.Employees;
using Idocs.Documents.People;

namespace Idocs.Documents.Profiles;

/// <summary>The registered profile, its head and the session the person is now logged in with.</summary>
public sealed record RegistrationOutcome(Profile Profile, Person Person, Employee Head, OpenedSession Session);
