namespace Idocs.Signatures.Tests.Cli;

/// <summary>Shares the CLI's test PKI, since creating its CA keys takes seconds.</summary>
[CollectionDefinition(Name)]
public sealed class SharedCliPki : ICollectionFixture<CliPkiFixture>
{
    public const string Name = "CLI test PKI";
}
