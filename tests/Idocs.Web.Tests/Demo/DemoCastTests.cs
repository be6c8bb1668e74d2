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
    public void Documents_Statuses_CoverEveryState()
    {
        var statuses = DemoCast.Documents.Select(document => document.Status).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["draft", "rejected", "signed", "waiting"], statuses.Order(StringComparer.Ordinal));
    }
}
