using Idocs.Common.Results;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Certificates;

/// <summary>Reads NCA certificates and checks their IIN and BIN as the options ask.</summary>
public sealed class NcaCertificateReader(NcaCertificateOptions options)
{
    private readonly NcaCertificateOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Reads a certificate from DER, PEM or base64 and checks its identifiers.</summary>
    public Result<NcaCertificate> Read(ReadOnlySpan<byte> encoded)
    {
        var certificate = CertificateLoader.Load(encoded);
        return certificate.IsSuccess ? Read(certificate.Value) : Result<NcaCertificate>.Failure(certificate.Error);
    }

    public Result<NcaCertificate> Read(X509Certificate certificate)
    {
        var nca = NcaCertificate.From(certificate);
        var identifiers = CheckIdentifiers(nca);
        return identifiers.IsSuccess ? nca : Result<NcaCertificate>.Failure(identifiers.Error);
    }

    /// <summary>Checks the check digits of the IIN and BIN, unless the options turn that off.</summary>
    public Result CheckIdentifiers(NcaCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!_options.ValidateIdentifierChecksums)
        {
            return Result.Success();
        }

        if (certificate.Iin is not null && !KazakhIdentifiers.HasValidChecksum(certificate.Iin))
        {
            return Result.Failure(
                CertificateErrorCodes.InvalidIin,
                $"IIN {certificate.Iin} of certificate {certificate.SerialNumber} has a wrong check digit; " +
                "use a production certificate or turn identifier checks off for the NCA test environment.");
        }

        if (certificate.Bin is not null && !KazakhIdentifiers.HasValidChecksum(certificate.Bin))
        {
            return Result.Failure(
                CertificateErrorCodes.InvalidBin,
                $"BIN {certificate.Bin} of certificate {certificate.SerialNumber} has a wrong check digit; " +
                "use a production certificate or turn identifier checks off for the NCA test environment.");
        }

        return Result.Success();
    }
}
