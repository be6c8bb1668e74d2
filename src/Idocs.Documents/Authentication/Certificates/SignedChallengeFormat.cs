namespace Idocs.Documents.Authentication.Certificates;

/// <summary>The form NCALayer returned the signed challenge in.</summary>
public enum SignedChallengeFormat
{
    /// <summary>A CMS (CAdES) signature with the challenge bytes attached.</summary>
    Cms,

    /// <summary>An enveloped XMLDSig over an XML document that carries the challenge.</summary>
    XmlDsig,
}
