namespace Idocs.Documents.Routes;

/// <summary>The kinds of route step a person acts on.</summary>
public enum RouteStepKind
{
    Approve,
    Sign,
}
