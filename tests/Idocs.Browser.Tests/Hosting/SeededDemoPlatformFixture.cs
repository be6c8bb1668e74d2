namespace Idocs.Browser.Tests.Hosting;

/// <summary>The demo platform as a new user starts it: the seed registers the demo profiles, people and documents.</summary>
public sealed class SeededDemoPlatformFixture : DemoPlatformFixture
{
    protected override bool SeedsDemo => true;
}
