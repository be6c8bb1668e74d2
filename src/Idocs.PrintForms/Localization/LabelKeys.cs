namespace Idocs.PrintForms.Localization;

/// <summary>Names of the entries in Labels.resx and its Kazakh and English translations.</summary>
internal static class LabelKeys
{
    public const string PrintFormTitle = "PrintFormTitle";
    public const string SignatureSheetTitle = "SignatureSheetTitle";
    public const string DocumentDetailsHeading = "DocumentDetailsHeading";
    public const string DocumentTitle = "DocumentTitle";
    public const string DocumentNumber = "DocumentNumber";
    public const string DocumentId = "DocumentId";
    public const string CreatedAt = "CreatedAt";
    public const string Author = "Author";
    public const string Parties = "Parties";
    public const string FileName = "FileName";
    public const string MediaType = "MediaType";
    public const string FileSize = "FileSize";
    public const string FileSizeBytes = "FileSizeBytes";
    public const string Sha256 = "Sha256";
    public const string GeneratedAt = "GeneratedAt";
    public const string OriginalNotEmbedded = "OriginalNotEmbedded";
    public const string OriginalPasswordProtected = "OriginalPasswordProtected";
    public const string OriginalDamaged = "OriginalDamaged";
    public const string OriginalNotPdf = "OriginalNotPdf";
    public const string OriginalHasPdfSignature = "OriginalHasPdfSignature";
    public const string SignaturesHeading = "SignaturesHeading";
    public const string NoSignatures = "NoSignatures";
    public const string SignatureNumber = "SignatureNumber";
    public const string SignerName = "SignerName";
    public const string Iin = "Iin";
    public const string Bin = "Bin";
    public const string Organisation = "Organisation";
    public const string Role = "Role";
    public const string Algorithm = "Algorithm";
    public const string CertificateSerial = "CertificateSerial";
    public const string CertificateIssuer = "CertificateIssuer";
    public const string CertificateValidity = "CertificateValidity";
    public const string ValidityRange = "ValidityRange";
    public const string SignedAt = "SignedAt";
    public const string TimestampAt = "TimestampAt";
    public const string NoTimestamp = "NoTimestamp";
    public const string ValidationStatus = "ValidationStatus";
    public const string StatusTotalPassed = "StatusTotalPassed";
    public const string StatusIndeterminate = "StatusIndeterminate";
    public const string StatusTotalFailed = "StatusTotalFailed";
    public const string VerificationLink = "VerificationLink";
    public const string NotSpecified = "NotSpecified";
    public const string PageFooter = "PageFooter";
    public const string DateTimeFormat = "DateTimeFormat";
    public const string PassportTitle = "PassportTitle";
    public const string PassportEventsHeading = "PassportEventsHeading";
    public const string EventCount = "EventCount";
    public const string ChainHead = "ChainHead";
    public const string NoEvents = "NoEvents";
    public const string EventTime = "EventTime";
    public const string EventAction = "EventAction";
    public const string EventActor = "EventActor";
    public const string EventCertificate = "EventCertificate";
    public const string EventHash = "EventHash";
    public const string EventDetails = "EventDetails";

    /// <summary>Returns the entry that names <paramref name="action"/>, such as <c>Action_Signed</c>.</summary>
    public static string ForAction(Model.PassportAction action) => "Action_" + action;
}
