namespace Idocs.Workflows.Activities.Builtin;

/// <summary>How many positive decisions an approval or signing step needs to succeed.</summary>
public sealed record ParticipantStepState(int Required);
