using Idocs.Web.Demo;

namespace Idocs.Web.Tests.Demo;

public sealed class DemoStartupTests
{
    [Fact]
    public void TranslateSwitch_DemoSwitch_BecomesSetting()
    {
        var translated = DemoStartup.TranslateSwitch(["--urls", "http://127.0.0.1:5081", "--demo"]);

        Assert.Equal(["--urls", "http://127.0.0.1:5081", "--Demo:Enabled=true"], translated);
    }

    [Fact]
    public void TranslateSwitch_NoSwitch_KeepsArguments()
    {
        var translated = DemoStartup.TranslateSwitch(["--Storage:Provider=PostgreSql"]);

        Assert.Equal(["--Storage:Provider=PostgreSql"], translated);
    }
}
