namespace Idocs.Workflows.Tests.Scenarios;

/// <summary>
/// How a shipped definition is driven: the variables it starts with, the steps of its happy path and
/// of its rejection path, and the instance result each path must end with.
/// </summary>
public sealed record WorkflowScenario(
    object Variables,
    Func<ScenarioRun, Task> HappyPath,
    string HappyResult,
    Func<ScenarioRun, Task> RejectionPath,
    string RejectionResult = "rejected");
