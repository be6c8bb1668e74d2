using System.Security.Cryptography;

namespace Idocs.Documents.Uploads;

/// <summary>
/// Tests whether an encrypted PDF opens with the empty user password, following the standard
/// security handler of ISO 32000-1 (algorithms 2, 4 and 5 for revisions 2 to 4) and revision 5's
/// SHA-256 check. MD5 and RC4 are what the PDF format prescribes here; nothing is protected with them.
/// </summary>
internal static class PdfEmptyPasswordCheck
{
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    /// <summary>True or false when the revision is supported; null when it is not (revision 6 and later).</summary>
    public static bool? OpensWithoutPassword(PdfEncryptionParameters parameters) => parameters.Revision switch
    {
        2 or 3 or 4 => CheckRc4Revisions(parameters),
        5 => CheckRevision5(parameters),
        // TODO: revision 6 (AES-256, ISO 32000-2 algorithm 2.B) is not checked, so such PDFs are rejected as unverifiable.
        _ => null,
    };

    private static bool CheckRc4Revisions(PdfEncryptionParameters parameters)
    {
        if (parameters.OwnerKey.Length < 32 || parameters.UserKey.Length < 16)
        {
            return false;
        }

        var keyLength = parameters.Revision == 2 ? 5 : Math.Clamp(parameters.KeyLengthBits / 8, 5, 16);
        var key = ComputeKey(parameters, keyLength);
        if (parameters.Revision == 2)
        {
            return Rc4(key, Padding).AsSpan().SequenceEqual(parameters.UserKey.AsSpan(0, 32));
        }

        var input = new byte[Padding.Length + parameters.DocumentId.Length];
        Padding.CopyTo(input, 0);
        parameters.DocumentId.CopyTo(input, Padding.Length);
#pragma warning disable CA5351 // The PDF standard security handler prescribes MD5.
        var digest = MD5.HashData(input);
#pragma warning restore CA5351
        var value = Rc4(key, digest);
        for (var round = 1; round <= 19; round++)
        {
            var roundKey = key.Select(b => (byte)(b ^ round)).ToArray();
            value = Rc4(roundKey, value);
        }

        return value.AsSpan(0, 16).SequenceEqual(parameters.UserKey.AsSpan(0, 16));
    }

    private static byte[] ComputeKey(PdfEncryptionParameters parameters, int keyLength)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Padding);
        buffer.Write(parameters.OwnerKey, 0, 32);
        buffer.Write(BitConverter.GetBytes(parameters.Permissions));
        buffer.Write(parameters.DocumentId);
        if (parameters.Revision >= 4 && !parameters.EncryptMetadata)
        {
            buffer.Write([0xFF, 0xFF, 0xFF, 0xFF]);
        }

#pragma warning disable CA5351 // The PDF standard security handler prescribes MD5.
        var hash = MD5.HashData(buffer.ToArray());
        if (parameters.Revision >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, keyLength));
            }
        }
#pragma warning restore CA5351

        return hash[..keyLength];
    }

    private static bool CheckRevision5(PdfEncryptionParameters parameters)
    {
        if (parameters.UserKey.Length < 48)
        {
            return false;
        }

        var validationSalt = parameters.UserKey.AsSpan(32, 8);
        var hash = SHA256.HashData(validationSalt);
        return hash.AsSpan().SequenceEqual(parameters.UserKey.AsSpan(0, 32));
    }

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var state = new byte[256];
        for (var i = 0; i < 256; i++)
        {
            state[i] = (byte)i;
        }

        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + state[i] + key[i % key.Length]) & 0xFF;
            (state[i], state[j]) = (state[j], state[i]);
        }

        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + state[i]) & 0xFF;
            (state[i], state[j]) = (state[j], state[i]);
            output[n] = (byte)(data[n] ^ state[(state[i] + state[j]) & 0xFF]);
        }

        return output;
    }
}
