using System.Text.Json;
using System.Text.Json.Nodes;
using Idocs.Signatures.Tests.Support;
using Idocs.Signatures.TestSigner;

namespace Idocs.Signatures.Tests.TestSigner;

public sealed class TestSignerProtocolTests
{
    private const string RsaKey = "kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_SIGN_2004.p12";

    public static TheoryData<int> Recorded() => RecordedNcaLayerExchanges.NcaLayerIndexes();

    [Fact]
    public async Task Connect_NewClient_ReceivesVersionGreeting()
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(RsaKey));

        var greeting = JsonNode.Parse(signer.Greeting)!;

        Assert.Equal(NcaLayerProtocolHandler.Version, greeting["result"]?["version"]?.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Recorded))]
    public async Task Handle_RecordedRequest_AnswersInRecordedShape(int index)
    {
        var recorded = RecordedNcaLayerExchanges.Response(index);
        var cancel = RecordedNcaLayerExchanges.IsCancel(recorded);
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(RsaKey), simulateCancel: cancel);

        var response = await signer.AskAsync(RecordedNcaLayerExchanges.RequestText(index));

        if (cancel)
        {
            Assert.True(JsonNode.DeepEquals(recorded, response), $"Expected {recorded.ToJsonString()}, got {response.ToJsonString()}.");
        }
        else if (recorded["status"] is not null)
        {
            AssertBasicsShape(recorded, response);
        }
        else
        {
            AssertLegacyShape(recorded, response);
        }
    }

    [Fact]
    public async Task Handle_UnknownCommonUtilsMethod_AnswersLegacyError()
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(RsaKey));

        var response = await signer.AskAsync("""{"module":"kz.gov.pki.knca.commonUtils","method":"formatDisk","args":[]}""");

        Assert.Equal("500", response["code"]?.GetValue<string>());
        Assert.Contains("formatDisk", response["message"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_UnknownModule_AnswersLegacyError()
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(RsaKey));

        var response = await signer.AskAsync("""{"module":"kz.example.unknown","method":"sign","args":[]}""");

        Assert.Equal("500", response["code"]?.GetValue<string>());
        Assert.Contains("kz.example.unknown", response["message"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_UnknownBasicsMethod_AnswersInvocationError()
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(RsaKey));

        var response = await signer.AskAsync("""{"module":"kz.gov.pki.knca.basics","method":"encrypt","args":{}}""");

        Assert.False(response["status"]?.GetValue<bool>());
        Assert.Equal("INVOCATION_ERROR", response["code"]?.GetValue<string>());
    }

    [Fact]
    public async Task Handle_MalformedJson_AnswersErrorAndKeepsConnection()
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(RsaKey));

        var response = await signer.AskAsync("{\"module\":");
        var next = await signer.AskAsync("""{"module":"kz.gov.pki.knca.commonUtils","method":"getActiveTokens"}""");

        Assert.Equal("500", response["code"]?.GetValue<string>());
        Assert.Contains("not valid JSON", response["message"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("200", next["code"]?.GetValue<string>());
    }

    [Fact]
    public async Task Handle_JsonArrayInsteadOfObject_AnswersError()
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(RsaKey));

        var response = await signer.AskAsync("[1,2]");

        Assert.Equal("500", response["code"]?.GetValue<string>());
    }

    [Fact]
    public async Task Sign_CancelOption_AnswersEmptyBody()
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(RsaKey), simulateCancel: true);

        var response = await signer.AskAsync(
            """{"module":"kz.gov.pki.knca.basics","method":"sign","args":{"format":"cms","data":"MTEK","signingParams":{},"signerParams":{"extKeyUsageOids":[]},"locale":"ru"}}""");

        Assert.True(response["status"]?.GetValue<bool>());
        Assert.Equal(0, response["body"]?.AsObject().Count);
    }

    [Fact]
    public async Task SignXml_CancelOption_AnswersActionCanceled()
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(RsaKey), simulateCancel: true);

        var response = await signer.AskAsync(
            """{"module":"kz.gov.pki.knca.commonUtils","method":"signXml","args":["PKCS12","SIGNATURE","<tag>data</tag>","",""]}""");

        Assert.Equal("500", response["code"]?.GetValue<string>());
        Assert.Equal("action.canceled", response["message"]?.GetValue<string>());
    }

    [Fact]
    public async Task Sign_ExtendedKeyUsageTheKeyLacks_AnswersAsCanceled()
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(RsaKey));

        var response = await signer.AskAsync(
            """{"module":"kz.gov.pki.knca.basics","method":"sign","args":{"format":"cms","data":"MTEK","signingParams":{},"signerParams":{"extKeyUsageOids":["1.2.398.3.3.4.1.2"]},"locale":"ru"}}""");

        Assert.True(response["status"]?.GetValue<bool>());
        Assert.Null(response["body"]?["result"]);
    }

    [Fact]
    public async Task Receive_MessageOverLimit_ClosesWithMessageTooBig()
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(RsaKey), maxMessageBytes: 1024);

        await signer.SendAsync(new string('x', 4096));
        var answer = await RunningTestSigner.ReceiveAsync(signer.Socket);

        Assert.Null(answer);
        Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.MessageTooBig, signer.Socket.CloseStatus);
    }

    private static void AssertBasicsShape(JsonObject recorded, JsonObject response)
    {
        Assert.Equal(recorded["status"]!.GetValue<bool>(), response["status"]?.GetValue<bool>());
        if (recorded["status"]!.GetValue<bool>())
        {
            var expected = recorded["body"]!["result"]!;
            var actual = response["body"]?["result"];
            Assert.Equal(expected.GetValueKind(), actual?.GetValueKind());
            Assert.Equal((expected as JsonArray)?.Count, (actual as JsonArray)?.Count);
        }
        else
        {
            Assert.Equal(recorded["code"]!.GetValue<string>(), response["code"]?.GetValue<string>());
            Assert.Equal(recorded["message"]!.GetValue<string>(), response["message"]?.GetValue<string>());
        }
    }

    private static void AssertLegacyShape(JsonObject recorded, JsonObject response)
    {
        Assert.Equal(recorded["code"]!.GetValue<string>(), response["code"]?.GetValue<string>());
        Assert.Equal(recorded["responseObject"]?.GetValueKind(), response["responseObject"]?.GetValueKind());
        var message = recorded["message"]?.GetValue<string>();
        if (message is null || message.Contains("argument type mismatch", StringComparison.Ordinal))
        {
            Assert.Equal(message, response["message"]?.GetValue<string>());
        }
        else
        {
            Assert.False(string.IsNullOrEmpty(response["message"]?.GetValue<string>()));
        }
    }
}
