using Idocs.Signatures.Certificates;
using Idocs.Signatures.TestPki;
using Idocs.Web.Demo;

namespace Idocs.Web.Tests.Demo;

public sealed class DemoCastTests
{
    [Fact]
    public void People_EveryIin_HasValidChecksum()
    {
        var invalid = DemoCast.People.Where(person => !KazakhIdentifiers.HasValidChecksum(person.Iin)).Select(person => person.KeyName).ToList();

        Assert.Empty(invalid);
    }

    [Fact]
    public void Profiles_EveryBin_HasValidChecksum()
    {
        var invalid = DemoCast.Profiles.Where(profile => !KazakhIdentifiers.HasValidChecksum(profile.Bin)).Select(profile => profile.Name).ToList();

        Assert.Empty(invalid);
    }

    [Fact]
    public void People_CompanyPeopleAndIndividual_UseNcaAlgorithms()
    {
        var withEmployer = DemoCast.People.Where(person => person.Employer is not null).ToList();

        Assert.NotEmpty(withEmployer);
        Assert.All(withEmployer, person => Assert.Equal(TestPkiAlgorithm.Gost2015, person.Algorithm));
        Assert.Equal(TestPkiAlgorithm.Rsa, DemoCast.Individual.Algorithm);
    }

    [Fact]
    public void People_KeyNames_AreUnique()
    {
        var names = DemoCast.People.Select(person => person.KeyName).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Documents_Stages_CoverEveryStage()
    {
        var stages = DemoCast.Documents.Select(document => document.Stage).ToHashSet();

        Assert.Equal(Enum.GetValues<DemoDocumentStage>().Order(), stages.Order());
    }

    [Fact]
    public void DirectorsFirstDocument_WaitsForDemoDirector()
    {
        var document = DemoCast.DirectorsFirstDocument;

        Assert.Equal(DemoDocumentStage.WaitingForSignature, document.Stage);
        Assert.Equal(DemoCast.DirectorA, document.Signer);
    }

    [Fact]
    public void HeadOf_EveryProfile_IsAPersonOfTheCast()
    {
        var heads = DemoCast.Profiles.Select(DemoCast.HeadOf).ToList();

        Assert.Equal([DemoCast.DirectorA, DemoCast.DirectorB, DemoCast.SoleProprietorOwner, DemoCast.Individual], heads);
    }
}
