using Idocs.Signatures.TestPki;

namespace Idocs.Web.Demo;

/// <summary>
/// A person of the demo data set and the test PKI key issued to them. The key file is
/// <c>KeyName.p12</c> in the demo keys folder.
/// </summary>
public sealed record DemoPerson(
    string KeyName,
    string Iin,
    string Surname,
    string GivenName,
    string Email,
    TestPkiAlgorithm Algorithm,
    TestPkiSubjectKind SubjectKind,
    DemoProfile? Employer,
    IReadOnlyList<TestPkiRole> Roles)
{
    public string FullName => $"{Surname} {GivenName}";
}
