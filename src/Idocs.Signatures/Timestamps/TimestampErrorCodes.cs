namespace Idocs.Signatures.Timestamps;

/// <summary>Error codes of RFC 3161 timestamp requests and responses.</summary>
public static class TimestampErrorCodes
{
    /// <summary>The TSA returned a status other than granted. The message contains its status and text.</summary>
    public const string Rejected = "signatures.timestamps.rejected";
}
