using Idocs.Signatures.Keys;

namespace Idocs.Signatures.TestSigner;

/// <summary>Settings of the NCALayer test signer. For development and tests only, never production.</summary>
public sealed class TestSignerOptions
{
    /// <summary>The default size limit of one WebSocket message, large enough for a batch of signed files.</summary>
    public const int DefaultMaxMessageBytes = 64 * 1024 * 1024;

    /// <summary>The key every signature is made with.</summary>
    public required SigningKey Key { get; init; }

    /// <summary>When true, every request that would open NCALayer's key dialog gets the response NCALayer sends when the user closes it.</summary>
    public bool SimulateCancel { get; init; }

    /// <summary>Requests larger than this many bytes close the connection with "message too big".</summary>
    public int MaxMessageBytes { get; init; } = DefaultMaxMessageBytes;
}
