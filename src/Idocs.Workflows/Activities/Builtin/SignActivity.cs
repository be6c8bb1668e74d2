using System.Diagnostics.CodeAnalysis;
using Idocs.Workflows.Runtime;

namespace Idocs.Workflows.Activities.Builtin;

/// <summary>
/// Signature by participants; resumed with <see cref="Signed"/> or <see cref="Declined"/>. The engine
/// only records the decision: the caller verifies the signature before it resumes the bookmark.
/// </summary>
public sealed class SignActivity() : ParticipantStepActivity(
    TypeName, "Participants sign or decline.", Signed, Declined, BookmarkKinds.Signature)
{
    public const string TypeName = "Sign";

    [SuppressMessage("Naming", "CA1720", Justification = "Signed is the outcome name used in definitions, not a type name.")]
    public const string Signed = "Signed";

    public const string Declined = "Declined";
}
