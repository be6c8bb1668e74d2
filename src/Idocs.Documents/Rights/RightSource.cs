namespace Idocs.Documents.Rights;

/// <summary>Why a person has a right, or that they lack it.</summary>
public enum RightSource
{
    None,

    /// <summary>The person's role brings the right.</summary>
    Role,

    /// <summary>The right was granted to the person individually.</summary>
    Granted,
}
