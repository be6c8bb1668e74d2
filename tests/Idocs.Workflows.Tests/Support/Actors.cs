using Idocs.Workflows.Runtime;

namespace Idocs.Workflows.Tests.Support;

/// <summary>People of a test company: roles and rights as the document module would resolve them.</summary>
public static class Actors
{
    public static Actor Accountant { get; } = Actor.User("accountant", roles: ["Accountant"]);

    public static Actor Lawyer { get; } = Actor.User("lawyer", roles: ["Lawyer"]);

    public static Actor Director { get; } = Actor.User("director", roles: ["Director"], rights: ["sign-outgoing", "sign-incoming"]);

    public static Actor FinancialDirector { get; } = Actor.User("cfo", roles: ["FinancialDirector"]);

    public static Actor Manager { get; } = Actor.User("manager", roles: ["HeadOfDepartment"]);

    public static Actor Hr { get; } = Actor.User("hr", roles: ["HR"]);

    public static Actor Counterparty { get; } = Actor.User("counterparty", roles: [StubAwaitCounterpartyActivity.CounterpartyRole]);

    public static Actor Outsider { get; } = Actor.User("outsider", roles: ["Employee"]);

    public static Actor Administrator { get; } = Actor.User("admin", rights: ["workflows.reassign"]);
}
