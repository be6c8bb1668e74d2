namespace Idocs.Storage.Accounts;

/// <summary>
/// Where an appointment order's bytes are: the order's file id, which the director change request
/// references, and the file store key (SHA-256) of its content.
/// </summary>
public sealed class AppointmentOrderFileRow
{
    public Guid FileId { get; set; }

    public Guid ProfileId { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public DateTimeOffset UploadedAt { get; set; }
}
