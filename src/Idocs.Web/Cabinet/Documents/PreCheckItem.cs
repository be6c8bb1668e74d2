namespace Idocs.Web.Cabinet.Documents;

/// <summary>The pre-check of one selected document.</summary>
public sealed record PreCheckItem(WaitingDocument Document, PreCheckVerdict Verdict);
