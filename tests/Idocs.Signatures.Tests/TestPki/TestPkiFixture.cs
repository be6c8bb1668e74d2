using Idocs.Signatures.TestPki;
using Idocs.Signatures.Tests.Revocation;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Signatures.Tests.TestPki;

/// <summary>One test PKI in a temporary folder with its server on a free loopback port, shared by a test class.</summary>
public sealed class TestPkiFixture : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "idocs-test-pki-" + Guid.NewGuid().ToString("N"));

    public TestPkiIssuer Issuer { get; private set; } = null!;

    public TestPkiServer Server { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        var baseUrl = new Uri($"http://127.0.0.1:{LoopbackHttpServer.FreePort()}/");
        var initialized = TestPkiIssuer.Initialize(Folder, baseUrl, TimeProvider.System);
        Assert.True(initialized.IsSuccess, initialized.Error?.ToString());
        Issuer = initialized.Value!;
        Server = TestPkiServer.Start(Issuer, TimeProvider.System, NullLogger<TestPkiServer>.Instance);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    public static TestPkiSubject Individual(string iin = "900101300017") => new()
    {
        Kind = TestPkiSubjectKind.Individual,
        Iin = iin,
        Surname = "ТЕСТОВ",
        GivenName = "ТЕСТ",
        Patronymic = "ТЕСТОВИЧ",
    };

    public static TestPkiSubject FirstHead() => new()
    {
        Kind = TestPkiSubjectKind.Employee,
        Iin = "900101300017",
        Bin = "940140000385",
        Surname = "ТЕСТОВ",
        GivenName = "ТЕСТ",
        Organization = "АО \"ТЕСТ\"",
        Roles = [TestPkiRole.FirstHead],
    };
}
