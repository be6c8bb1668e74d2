namespace Idocs.Web.Demo;

/// <summary>
/// A document of the demo data set and the stage the seed drives its route to. A document has a
/// counterparty profile (reached by BIN or IIN), a counterparty person (reached by email), or
/// neither when it is internal. <c>Approver</c> approves before <c>Signer</c> signs, when given.
/// </summary>
public sealed record DemoDocument(
    string Number,
    string Title,
    DemoProfile Owner,
    DemoPerson Author,
    DemoPerson? Approver,
    DemoPerson Signer,
    DemoProfile? CounterpartyProfile,
    DemoPerson? CounterpartyPerson,
    decimal? AmountKzt,
    DemoDocumentStage Stage);
