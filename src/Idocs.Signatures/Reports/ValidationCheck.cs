namespace Idocs.Signatures.Reports;

/// <summary>
/// One step of a validation, such as <c>message-digest</c> or <c>revocation</c>, with its result
/// and a reason in English for operators and logs.
/// </summary>
/// <param name="Name">Stable kebab-case check name from <see cref="ValidationCheckNames"/>.</param>
/// <param name="Status">Result of the check.</param>
/// <param name="Reason">What was checked or why it failed, naming the value involved.</param>
/// <param name="SubIndication">The sub-indication this check contributes when it does not pass.</param>
public sealed record ValidationCheck(
    string Name,
    CheckStatus Status,
    string Reason,
    SubIndication SubIndication = SubIndication.None);
