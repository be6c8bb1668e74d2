namespace Idocs.Signatures.Reports;

public static class EvidenceKinds
{
    public const string OcspResponse = "ocsp-response";
    public const string Crl = "crl";
    public const string TimestampToken = "timestamp-token";
}
