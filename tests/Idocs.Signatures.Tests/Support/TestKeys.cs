using Idocs.Signatures.Keys;

namespace Idocs.Signatures.Tests.Support;

/// <summary>The NCA test key files and their passwords, as the kz-pki MANIFEST lists them.</summary>
internal static class TestKeys
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Passwords = new(ReadPasswords);

    public static IReadOnlyDictionary<string, string> All => Passwords.Value;

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    public static SigningKey Load(string file)
    {
        var key = Pkcs12Reader.Read(TestFiles.Read(file), All[file]);
        return key.IsSuccess ? key.Value : throw new InvalidOperationException(key.Error.ToString());
    }

    /// <summary>Reads the password column (second to last) of every .p12 row of the MANIFEST.</summary>
    private static Dictionary<string, string> ReadPasswords()
    {
        var passwords = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(TestFiles.PathOf("kz-pki/MANIFEST.md")))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length > 3 && cells[1].EndsWith(".p12`", StringComparison.Ordinal))
            {
                passwords["kz-pki/" + cells[1].Trim('`')] = cells[^3];
            }
        }

        return passwords;
    }
}
