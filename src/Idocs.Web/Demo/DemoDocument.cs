namespace Idocs.Web.Demo;

/// <summary>
/// A document of the demo data set. <c>Status</c> is the route state the seeder drives it to:
/// draft, waiting, signed or rejected. A document has a counterparty profile, a counterparty
/// person, or neither when it is internal.
/// </summary>
public sealed record DemoDocument(
    string Number,
    string Title,
    DemoProfile Owner,
    DemoPerson Author,
    DemoProfile? CounterpartyProfile,
    DemoPerson? CounterpartyPerson,
    decimal? AmountKzt,
    string Status);
