namespace Idocs.Architecture.Tests;

/// <summary>A project reference that the layer rules forbid, and why.</summary>
public sealed record ForbiddenReference(string From, string To, string Reason)
{
    public override string ToString() => $"{From} -> {To}: {Reason}";
}
