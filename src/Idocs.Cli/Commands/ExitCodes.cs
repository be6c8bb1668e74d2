namespace Idocs.Cli.Commands;

/// <summary>Exit codes of the signature commands.</summary>
public static class ExitCodes
{
    /// <summary>Done; for <c>verify</c>, every signature is TOTAL-PASSED.</summary>
    public const int Success = 0;

    /// <summary>The operation failed; for <c>verify</c>, a signature is TOTAL-FAILED.</summary>
    public const int Failed = 1;

    /// <summary>Invalid arguments; for <c>verify</c>, also a signature that is INDETERMINATE.</summary>
    public const int UsageOrIndeterminate = 2;
}
