namespace Idocs.Web.Cabinet;

/// <summary>The document lists of the cabinet's navigation.</summary>
public enum CabinetFolder
{
    /// <summary>Documents waiting for the current person's approval or signature.</summary>
    Inbox,

    /// <summary>Incoming external documents nobody in the profile has opened yet.</summary>
    ExternalNew,

    ExternalIncoming,
    ExternalOutgoing,
    Internal,

    /// <summary>Every document of the profile, whatever its kind.</summary>
    All,
}
