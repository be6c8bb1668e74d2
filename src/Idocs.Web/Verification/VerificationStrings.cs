namespace Idocs.Web.Verification;

/// <summary>
/// Marker for the verification page's text resources: VerificationStrings.resx is Russian (the
/// neutral language), .kk.resx Kazakh and .en.resx English.
/// </summary>
public sealed class VerificationStrings;
