namespace Idocs.Storage.Workflows;

/// <summary>Column lengths of the workflow tables.</summary>
internal static class WorkflowStorageLimits
{
    public const int MaxIdLength = 200;
    public const int MaxCodeLength = 64;
}
