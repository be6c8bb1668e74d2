namespace Idocs.Signatures.Tests.TestPki;

/// <summary>Shares one test PKI between test classes, since creating its 4096-bit RSA CA keys takes seconds.</summary>
[CollectionDefinition(Name)]
public sealed class SharedTestPki : ICollectionFixture<TestPkiFixture>
{
    public const string Name = "test PKI";
}
