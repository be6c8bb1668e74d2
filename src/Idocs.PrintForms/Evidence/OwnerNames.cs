using Idocs.Documents.Documents;
using Idocs.Documents.Profiles;

namespace Idocs.PrintForms.Evidence;

/// <summary>The name printed for a document's owner.</summary>
internal static class OwnerNames
{
    /// <summary>
    /// Returns the owner profile's name, or without a profile store (or profile) the BIN or IIN the
    /// owner's first signature carries, or as a last resort the profile id.
    /// </summary>
    public static async Task<string> FindAsync(IProfileStore? profiles, Document document, CancellationToken cancellationToken)
    {
        if (profiles is not null)
        {
            var owner = await profiles.FindAsync(document.OwnerProfileId, cancellationToken).ConfigureAwait(false);
            if (owner is not null)
            {
                return owner.Name;
            }
        }

        var ownerSignature = document.Signatures.FirstOrDefault(signature => signature.Party == SigningParty.Owner);
        return ownerSignature?.SignerBin ?? ownerSignature?.SignerIin ?? document.OwnerProfileId.ToString("D");
    }
}
