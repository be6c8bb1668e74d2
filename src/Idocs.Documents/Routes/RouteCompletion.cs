namespace Idocs.Documents.Routes;

/// <summary>How many participants of a stage must act for the stage to complete.</summary>
public enum RouteCompletion
{
    /// <summary>Every participant approves or signs.</summary>
    AllOf,

    /// <summary>The first participant to approve or sign completes the stage.</summary>
    AnyOf,
}
