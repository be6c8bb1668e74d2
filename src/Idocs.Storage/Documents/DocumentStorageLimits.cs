namespace Idocs.Storage.Documents;

/// <summary>Column lengths of the documents tables; the domain checks the same limits first.</summary>
internal static class DocumentStorageLimits
{
    public const int Sha256HexLength = 64;
    public const int IdentifierLength = 320;
    public const int NameLength = 500;
    public const int FileNameLength = 500;
    public const int CurrencyLength = 3;
    public const int IinLength = 12;
    public const int SerialLength = 128;
    public const int ReferenceLength = 500;
    public const int IpAddressLength = 64;
}
