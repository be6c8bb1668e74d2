using Idocs.Common.Results;
using Idocs.Workflows.Definitions;

namespace Idocs.Workflows.Loading;

/// <summary>The outcome of loading one file: the published definition, or why the file was rejected.</summary>
public sealed record LoadedWorkflowFile(string FileName, WorkflowDefinition? Definition, Error? Error)
{
    public bool IsLoaded => Error is null;
}
