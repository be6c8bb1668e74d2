using Idocs.Signatures.Keys;
using Idocs.Web.Demo;

namespace Idocs.Web.Tests.Demo;

public sealed class DemoKeyRingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "idocs-demo-keys-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void OpenOrCreate_EmptyFolder_IssuesReadableKeyPerPerson()
    {
        var ring = DemoKeyRing.OpenOrCreate(_folder, 1, TimeProvider.System);

        Assert.True(ring.IsSuccess, ring.IsSuccess ? null : ring.Error.Message);
        foreach (var person in DemoCast.People)
        {
            var key = Pkcs12Reader.Read(File.ReadAllBytes(ring.Value.KeyFile(person)), DemoCast.KeyPassword);
            Assert.True(key.IsSuccess, $"{person.KeyName}: {(key.IsSuccess ? null : key.Error.Message)}");
            Assert.Contains(person.Iin, key.Value.Certificate.SubjectDN.ToString(), StringComparison.Ordinal);
        }

        Assert.True(File.Exists(ring.Value.AuthenticationKeyFile(DemoCast.Individual)));
        Assert.Equal(2, ring.Value.TrustAnchorFiles.Count);
    }

    [Fact]
    public void OpenOrCreate_SecondStart_KeepsIssuedKeys()
    {
        var first = DemoKeyRing.OpenOrCreate(_folder, 1, TimeProvider.System);
        Assert.True(first.IsSuccess);
        var before = File.ReadAllBytes(first.Value.KeyFile(DemoCast.DirectorA));

        var second = DemoKeyRing.OpenOrCreate(_folder, 1, TimeProvider.System);

        Assert.True(second.IsSuccess);
        Assert.Equal(before, File.ReadAllBytes(second.Value.KeyFile(DemoCast.DirectorA)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
