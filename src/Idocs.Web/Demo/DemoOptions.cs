using System.ComponentModel.DataAnnotations;

namespace Idocs.Web.Demo;

/// <summary>Settings of demo mode, bound from the <c>Demo</c> configuration section.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Turns demo mode on; <c>--demo</c> on the command line sets it.</summary>
    public bool Enabled { get; set; }

    /// <summary>Folder for the demo test PKI and the demo people's key files, relative to the working directory.</summary>
    [Required]
    public string KeysDirectory { get; set; } = Path.Combine("data", "demo-keys");

    /// <summary>Port on 127.0.0.1 where the demo NCALayer test signer listens.</summary>
    [Range(1, 65535)]
    public int SignerPort { get; set; } = 13580;

    /// <summary>Seeds the demo profiles, people and documents on the first start; off leaves the database empty.</summary>
    public bool Seed { get; set; } = true;

    /// <summary>
    /// Key name (file name without <c>.p12</c>) of the demo person the test signer signs as; the
    /// demo director by default, <c>individual</c> to sign an emailed link as the individual.
    /// </summary>
    [Required]
    public string SignerKeyName { get; set; } = DemoCast.DirectorA.KeyName;

    /// <summary>Folder where demo mode writes outgoing mail as <c>.eml</c> files when no SMTP server is configured.</summary>
    [Required]
    public string MailDirectory { get; set; } = Path.Combine("data", "demo-mail");

    /// <summary>Port on 127.0.0.1 where the demo test PKI serves OCSP, CRLs and timestamps.</summary>
    [Range(1, 65535)]
    public int PkiPort { get; set; } = 13581;
}
