using System.ComponentModel.DataAnnotations;

namespace Idocs.Web.Cabinet;

/// <summary>Settings of the cabinet, bound from the <c>Cabinet</c> configuration section.</summary>
public sealed class CabinetOptions
{
    public const string Section = "Cabinet";

    /// <summary>The address real NCALayer listens on.</summary>
    public const string DefaultSignerUrl = "wss://127.0.0.1:13579/";

    /// <summary>
    /// The WebSocket address the browser signs through: NCALayer's by default, or a test signer's
    /// <c>ws://127.0.0.1:PORT/</c> in development and tests.
    /// </summary>
    [Required]
    [RegularExpression("^wss?://.+", ErrorMessage = "Cabinet:SignerUrl must be a ws:// or wss:// address, such as wss://127.0.0.1:13579/.")]
    public string SignerUrl { get; set; } = DefaultSignerUrl;

    /// <summary>Milliseconds the login page waits for the signer's greeting before it reports NCALayer missing.</summary>
    [Range(500, 60_000)]
    public int SignerConnectTimeoutMs { get; set; } = 5000;
}
