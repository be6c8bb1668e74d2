using Idocs.Common.Results;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Keys;
using Idocs.Signatures.Signing;
using Idocs.Signatures.Xml;

namespace Idocs.Web.Demo;

/// <summary>
/// A demo person's keys, read from the demo keys folder, signing the way NCALayer does: XMLDSig for
/// login and registration challenges, detached CMS over a document file's bytes.
/// </summary>
public sealed class DemoPersonKey
{
    private static readonly XmlSignatureSigner XmlSigner = new(new XmlDigestCalculator());

    private readonly SigningKey _signKey;
    private readonly SigningKey _authenticationKey;

    private DemoPersonKey(SigningKey signKey, SigningKey authenticationKey)
    {
        _signKey = signKey;
        _authenticationKey = authenticationKey;
    }

    /// <summary>Reads <paramref name="person"/>'s signing and authentication keys from <paramref name="keys"/>.</summary>
    public static Result<DemoPersonKey> Open(DemoKeyRing keys, DemoPerson person)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(person);

        var sign = Pkcs12Reader.Read(File.ReadAllBytes(keys.KeyFile(person)), DemoCast.KeyPassword);
        if (!sign.IsSuccess)
        {
            return sign.Error;
        }

        var authentication = keys.AuthenticationKeyFile(person) == keys.KeyFile(person)
            ? sign
            : Pkcs12Reader.Read(File.ReadAllBytes(keys.AuthenticationKeyFile(person)), DemoCast.KeyPassword);
        return authentication.IsSuccess
            ? new DemoPersonKey(sign.Value, authentication.Value)
            : authentication.Error;
    }

    /// <summary>Signs a challenge document with the authentication key, as NCALayer <c>signXml</c> does.</summary>
    public Result<string> SignChallengeXml(string xml)
    {
        var key = SigningKeyXmlKey.Create(_authenticationKey);
        return key.IsSuccess ? XmlSigner.Sign(xml, key.Value) : key.Error;
    }

    /// <summary>A detached CMS over <paramref name="content"/> with the signing key.</summary>
    public byte[] SignDetachedCms(ReadOnlySpan<byte> content) =>
        CadesSigner.Sign(_signKey, content, new CadesSignOptions { Detached = true });
}
