using System.Text.Json;
using System.Text.Json.Serialization;
using Idocs.Common.Results;
using Idocs.Signatures.Trust;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.TestPki;

/// <summary>
/// A folder holding one test PKI: per family (<c>rsa/</c>, <c>gost/</c>) the root and issuing CA
/// certificates and keys, the RSA TSA certificate and key, issued certificates and PKCS#12 files
/// under <c>issued/</c>, and <c>pki.json</c> with issued and revoked serials. CA keys are stored
/// as unencrypted PKCS#8 because they are test keys and must never be used for anything real.
/// Reads of the state file go to disk each time, so a running server reads revocations made by
/// another process.
/// </summary>
public sealed class TestPkiStore
{
    public const string StateFileName = "pki.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Lock _lock = new();

    private TestPkiStore(string folder) => Folder = Path.GetFullPath(folder);

    public string Folder { get; }

    public Uri BaseUrl => ReadState().BaseUrl;

    public static bool Exists(string folder) => File.Exists(Path.Combine(folder, StateFileName));

    public static Result<TestPkiStore> Open(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Exists(folder))
        {
            return Result<TestPkiStore>.Failure(
                TestPkiErrorCodes.NotInitialized,
                $"'{Path.GetFullPath(folder)}' holds no test PKI ({StateFileName} is missing); initialise it first.");
        }

        return new TestPkiStore(folder);
    }

    internal static TestPkiStore Create(string folder, Uri baseUrl)
    {
        Directory.CreateDirectory(folder);
        var store = new TestPkiStore(folder);
        store.WriteState(new TestPkiState { BaseUrl = baseUrl });
        return store;
    }

    public X509Certificate RootCertificate(TestPkiAlgorithm algorithm) => LoadCertificate(FamilyFile(algorithm, "root.cer"));

    public X509Certificate IssuingCaCertificate(TestPkiAlgorithm algorithm) => LoadCertificate(FamilyFile(algorithm, "ca.cer"));

    public X509Certificate TsaCertificate() => LoadCertificate(FamilyFile(TestPkiAlgorithm.Rsa, "tsa.cer"));

    /// <summary>Paths of both roots, for <see cref="TrustOptions.TrustAnchorFiles"/>.</summary>
    public IReadOnlyList<string> RootCertificateFiles() =>
        [FamilyFile(TestPkiAlgorithm.Rsa, "root.cer"), FamilyFile(TestPkiAlgorithm.Gost2015, "root.cer")];

    /// <summary>Paths of both issuing CAs, for <see cref="TrustOptions.IntermediateFiles"/>.</summary>
    public IReadOnlyList<string> IssuingCaCertificateFiles() =>
        [FamilyFile(TestPkiAlgorithm.Rsa, "ca.cer"), FamilyFile(TestPkiAlgorithm.Gost2015, "ca.cer")];

    public TestPkiState ReadState()
    {
        lock (_lock)
        {
            var json = File.ReadAllText(Path.Combine(Folder, StateFileName));
            return JsonSerializer.Deserialize<TestPkiState>(json, JsonOptions)
                ?? throw new InvalidDataException($"{StateFileName} in '{Folder}' is empty.");
        }
    }

    internal void Update(Action<TestPkiState> change)
    {
        lock (_lock)
        {
            var state = ReadState();
            change(state);
            WriteState(state);
        }
    }

    internal string FamilyFile(TestPkiAlgorithm algorithm, string name) =>
        Path.Combine(Folder, algorithm == TestPkiAlgorithm.Rsa ? "rsa" : "gost", name);

    internal string IssuedFile(string name) => Path.Combine(Folder, "issued", name);

    internal TestPkiKey LoadKey(TestPkiAlgorithm algorithm, string name) =>
        TestPkiKey.FromPrivateKeyInfo(algorithm, File.ReadAllBytes(FamilyFile(algorithm, name)));

    internal void SaveKey(TestPkiAlgorithm algorithm, string name, TestPkiKey key) =>
        WriteFile(FamilyFile(algorithm, name), key.ToPrivateKeyInfo());

    internal static void WriteFile(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    internal static X509Certificate LoadCertificate(string path)
    {
        var loaded = CertificateFiles.Load(path);
        return loaded.IsSuccess ? loaded.Value : throw new InvalidDataException(loaded.Error.Message);
    }

    private void WriteState(TestPkiState state)
    {
        var path = Path.Combine(Folder, StateFileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(state, JsonOptions));
        File.Move(temporary, path, overwrite: true);
    }
}
