using System.Globalization;
using System.Text;
using System.Xml;
using Idocs.Documents.Authentication.Challenges;

namespace Idocs.Web.Accounts;

/// <summary>
/// The XML document the browser signs with NCALayer <c>signXml</c> to answer a challenge. Only
/// the <c>nonce</c> element is checked against the stored challenge; the other elements tell the
/// person in the NCALayer dialog what they sign.
/// </summary>
public static class ChallengeDocument
{
    public const string RootElement = "idocsChallenge";
    public const string NonceElement = "nonce";

    public static string Create(IssuedChallenge challenge, ChallengePurpose purpose, string origin)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false), Indent = false };
        using (var writer = XmlWriter.Create(builder, settings))
        {
            writer.WriteStartElement(RootElement);
            writer.WriteElementString("purpose", purpose == ChallengePurpose.Login ? "login" : "registration");
            writer.WriteElementString("challengeId", challenge.ChallengeId.ToString("D"));
            writer.WriteElementString("origin", origin);
            writer.WriteElementString("expiresAt", challenge.ExpiresAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteElementString(NonceElement, Convert.ToBase64String(challenge.Nonce.Span));
            writer.WriteEndElement();
        }

        return builder.ToString();
    }

    /// <summary>Returns whether the signed document is a challenge document whose nonce is <paramref name="expectedNonce"/>.</summary>
    public static bool CarriesNonce(XmlDocument signedContent, ReadOnlySpan<byte> expectedNonce)
    {
        ArgumentNullException.ThrowIfNull(signedContent);
        var root = signedContent.DocumentElement;
        if (root is null || root.LocalName != RootElement || !string.IsNullOrEmpty(root.NamespaceURI))
        {
            return false;
        }

        var nonces = root.ChildNodes.OfType<XmlElement>().Where(element => element.LocalName == NonceElement).ToList();
        return nonces.Count == 1
            && string.Equals(nonces[0].InnerText.Trim(), Convert.ToBase64String(expectedNonce), StringComparison.Ordinal);
    }
}
