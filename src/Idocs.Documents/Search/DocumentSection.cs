namespace Idocs.Documents.Search;

/// <summary>The cabinet's document lists, each a fixed filter on kind and status.</summary>
public enum DocumentSection
{
    /// <summary>Every document of the profile.</summary>
    All,

    /// <summary>Incoming copies nobody in the profile has opened yet (status delivered).</summary>
    NewIncoming,

    /// <summary>Every incoming copy, opened or not.</summary>
    Incoming,

    Outgoing,

    Internal,
}
