using Idocs.Common.Results;

namespace Idocs.Workflows.Activities;

/// <summary>The result an activity returns to the runner after it executes or resumes.</summary>
public sealed class ActivityResult
{
    private static readonly ActivityResult WaitResult = new(ActivityResultKind.Wait, null, null, null);

    private ActivityResult(ActivityResultKind kind, string? outcome, string? message, Error? error)
    {
        Kind = kind;
        Outcome = outcome;
        Message = message;
        Error = error;
    }

    public ActivityResultKind Kind { get; }

    /// <summary>The outcome of a completed activity, or the instance result of an End.</summary>
    public string? Outcome { get; }

    /// <summary>Why an automatic step failed.</summary>
    public string? Message { get; }

    /// <summary>Why a resume input was rejected.</summary>
    public Error? Error { get; }

    public static ActivityResult Complete(string outcome) => new(ActivityResultKind.Complete, outcome, null, null);

    public static ActivityResult Wait() => WaitResult;

    public static ActivityResult Fault(string message) => new(ActivityResultKind.Fault, null, message, null);

    public static ActivityResult End(string? result) => new(ActivityResultKind.End, result, null, null);

    public static ActivityResult RejectResume(Error error) => new(ActivityResultKind.RejectResume, null, null, error);
}
