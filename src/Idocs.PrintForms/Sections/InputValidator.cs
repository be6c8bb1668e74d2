using Idocs.Common.Results;
using Idocs.PrintForms.Localization;
using Idocs.PrintForms.Model;
using Idocs.PrintForms.Verification;

namespace Idocs.PrintForms.Sections;

/// <summary>Checks the records a rendering starts from; the first problem found is returned.</summary>
internal static class InputValidator
{
    public static Error? Validate(PrintDocumentInfo? document, PrintLanguage language)
    {
        if (document is null)
        {
            return Invalid("The document is missing.");
        }

        if (!Enum.IsDefined(language))
        {
            return Invalid($"Print language '{language}' is not supported: use Russian, Kazakh or English.");
        }

        if (string.IsNullOrWhiteSpace(document.Title))
        {
            return Invalid($"Document {document.DocumentId} has no title.");
        }

        if (string.IsNullOrWhiteSpace(document.FileName) || string.IsNullOrWhiteSpace(document.MediaType))
        {
            return Invalid($"Document {document.DocumentId} lacks its file name or media type.");
        }

        if (document.SizeBytes < 0)
        {
            return Invalid($"Document {document.DocumentId} has a negative file size {document.SizeBytes}.");
        }

        if (document.Parties is null)
        {
            return Invalid($"Document {document.DocumentId} has no parties list; pass an empty list when there are none.");
        }

        return VerificationLink.ValidateSha256(document.Sha256Hex, $"SHA-256 of document {document.DocumentId}");
    }

    public static Error? Validate(PrintSignature? signature, int number)
    {
        if (signature is null)
        {
            return Invalid($"Signature {number} is missing.");
        }

        if (string.IsNullOrWhiteSpace(signature.SignerName))
        {
            return Invalid($"Signature {number} has no signer name.");
        }

        if (signature.Iin is not null && !IsTwelveDigits(signature.Iin))
        {
            return Invalid($"IIN '{signature.Iin}' of signature {number} is invalid: expected 12 digits.");
        }

        if (signature.Bin is not null && !IsTwelveDigits(signature.Bin))
        {
            return Invalid($"BIN '{signature.Bin}' of signature {number} is invalid: expected 12 digits.");
        }

        if (string.IsNullOrWhiteSpace(signature.CertificateSerial) || string.IsNullOrWhiteSpace(signature.CertificateIssuer))
        {
            return Invalid($"Signature {number} lacks its certificate serial number or issuer.");
        }

        if (signature.CertificateValidTo < signature.CertificateValidFrom)
        {
            return Invalid($"Signature {number} has a certificate validity that ends ({signature.CertificateValidTo:O}) before it starts ({signature.CertificateValidFrom:O}).");
        }

        return VerificationLink.ValidateId(signature.VerificationId);
    }

    private static bool IsTwelveDigits(string value) => value.Length == 12 && value.All(char.IsAsciiDigit);

    private static Error Invalid(string message) => new(CommonErrorCodes.InvalidInput, message);
}
