namespace Idocs.Signatures.Timestamps;

/// <summary>Error codes of RFC 3161 timestamp requests and responses.</summary>
public static class TimestampErrorCodes
{
    /// <summary>The TSA answered with a status other than granted; the message carries its status and text.</summary>
    public const string Rejected = "signatures.timestamps.rejected";
}
