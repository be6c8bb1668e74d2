using Idocs.Common.Results;
using Idocs.Signatures.Reports;

namespace Idocs.Signatures.Xml;

/// <summary>Turns an XMLDSig error into the failed check a report shows for it.</summary>
internal static class XmlRejections
{
    public static ValidationCheck ToCheck(Error error)
    {
        var (name, subIndication) = error.Code switch
        {
            XmlSignatureErrorCodes.UnsupportedAlgorithm or XmlSignatureErrorCodes.AlgorithmNotAllowed or XmlSignatureErrorCodes.HmacForbidden
                or SignatureErrorCodes.UnsupportedAlgorithm => (ValidationCheckNames.Algorithm, SubIndication.CryptoConstraintsFailure),
            XmlSignatureErrorCodes.ForbiddenTransform => (ValidationCheckNames.Algorithm, SubIndication.SigConstraintsFailure),
            XmlSignatureErrorCodes.ExternalReference => (ValidationCheckNames.References, SubIndication.SigConstraintsFailure),
            XmlSignatureErrorCodes.ReferenceNotFound or XmlSignatureErrorCodes.EmptyReference => (ValidationCheckNames.References, SubIndication.SignedDataNotFound),
            XmlSignatureErrorCodes.DigestMismatch => (ValidationCheckNames.References, SubIndication.HashFailure),
            XmlSignatureErrorCodes.RequiredContentNotCovered => (XmlValidationCheckNames.Coverage, SubIndication.SignedDataNotFound),
            XmlSignatureErrorCodes.SignatureInvalid => (ValidationCheckNames.SignatureValue, SubIndication.SigCryptoFailure),
            _ => (ValidationCheckNames.Format, SubIndication.FormatFailure),
        };
        return new ValidationCheck(name, CheckStatus.Failed, error.Message, subIndication);
    }

    public static ValidationReport Report(Error error) => new()
    {
        Indication = Indication.TotalFailed,
        SubIndication = ToCheck(error).SubIndication,
        Checks = [ToCheck(error)],
    };
}
