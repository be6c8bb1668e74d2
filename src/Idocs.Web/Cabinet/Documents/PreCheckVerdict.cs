namespace Idocs.Web.Cabinet.Documents;

/// <summary>What the server found for one selected document before anything is signed.</summary>
public enum PreCheckVerdict
{
    Ready,

    /// <summary>The document no longer waits for the caller at this step (someone acted, or the route moved on).</summary>
    NotInTurn,

    /// <summary>The document has no file to sign.</summary>
    NoFiles,

    /// <summary>The document cannot be read by the caller any more.</summary>
    NotFound,
}
