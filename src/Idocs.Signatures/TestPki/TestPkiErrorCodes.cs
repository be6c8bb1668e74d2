namespace Idocs.Signatures.TestPki;

public static class TestPkiErrorCodes
{
    /// <summary>The folder contains no initialised test PKI; run the init step first.</summary>
    public const string NotInitialized = "test_pki.not_initialized";

    /// <summary>Initialisation was asked for a folder that already contains a test PKI.</summary>
    public const string AlreadyInitialized = "test_pki.already_initialized";

    /// <summary>The subject lacks a field its kind needs, or a field has the wrong form.</summary>
    public const string InvalidSubject = "test_pki.invalid_subject";

    /// <summary>No certificate with the given serial number was issued by this test PKI.</summary>
    public const string CertificateNotFound = "test_pki.certificate_not_found";

    /// <summary>The server address is not a loopback address; the test PKI serves only on this machine.</summary>
    public const string NotLoopback = "test_pki.not_loopback";
}
