namespace Idocs.Documents.DirectorChange;

public enum DirectorChangeStatus
{
    /// <summary>Filed and waiting for platform support.</summary>
    Pending,

    Approved,

    Rejected,
}
