using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Idocs.Billing.Actors;
using Idocs.Billing.Invoices;
using Idocs.Billing.Money;
using Idocs.Billing.Periods;
using Idocs.Billing.Subscriptions;
using Idocs.Storage.Billing;
using Idocs.Web.Api.Billing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Web.Tests.Api.Billing;

public sealed class BillingApiTests
{
    private static readonly Guid CompanyId = Guid.NewGuid();
    private static readonly BillingCaller Director = new(new BillingActor(Guid.NewGuid(), ActorRole.Director), CompanyId);
    private static readonly BillingCaller Employee = new(new BillingActor(Guid.NewGuid(), ActorRole.Employee), CompanyId);
    private static readonly BillingCaller OtherDirector = new(new BillingActor(Guid.NewGuid(), ActorRole.Director), Guid.NewGuid());
    private static readonly BillingCaller Staff = new(new BillingActor(Guid.NewGuid(), ActorRole.PlatformStaff), null);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BillingApi_CompanyAndStaffJourney_EnforcesRolesAndServesInvoice()
    {
        var callers = new SwitchableCallerResolver();
        var directory = new FixedDirectory();
        await using var host = new IdocsWebApplicationFactory();
        using var factory = host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IBillingCallerResolver>(callers);
            services.AddSingleton<IBillingCompanyDirectory>(directory);
        }));
        using var client = factory.CreateClient();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<OpenBillingAccount>().RunAsync(CompanyId, null, Token)).IsSuccess);
        }

        callers.Current = null;
        var anonymous = await client.GetAsync("/api/v1/billing/subscription", Token);
        callers.Current = Staff;
        var published = await client.PostAsJsonAsync("/api/v1/billing/staff/price-lists", PriceList(), Token);
        callers.Current = Employee;
        var employeeView = await client.GetAsync("/api/v1/billing/subscription", Token);
        var employeeConnect = await client.PostAsJsonAsync("/api/v1/billing/subscription/connect", new { plan = "Standard" }, Token);
        callers.Current = Director;
        var unknownPlan = await client.PostAsJsonAsync("/api/v1/billing/subscription/connect", new { plan = "Gold" }, Token);
        var connected = await client.PostAsJsonAsync("/api/v1/billing/subscription/connect", new { plan = "Standard" }, Token);
        var subscription = await client.GetFromJsonAsync<JsonElement>("/api/v1/billing/subscription", Token);
        var limits = await client.GetFromJsonAsync<JsonElement>("/api/v1/billing/limits", Token);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, employeeView.StatusCode);
        Assert.Equal("common.forbidden", await CodeAsync(employeeConnect));
        Assert.Equal(HttpStatusCode.BadRequest, unknownPlan.StatusCode);
        Assert.Equal(HttpStatusCode.OK, connected.StatusCode);
        Assert.True(subscription.GetProperty("trialActive").GetBoolean());
        Assert.Equal("Standard", subscription.GetProperty("scheduled").GetProperty("plan").GetString());
        Assert.Equal("PRO (free trial)", limits.GetProperty("plan").GetString());

        var invoiceId = await AddInvoiceAsync(factory.Services);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/billing/invoices", Token);
        var pdf = await client.GetAsync($"/api/v1/billing/invoices/{invoiceId}/pdf", Token);
        var pdfBytes = await pdf.Content.ReadAsByteArrayAsync(Token);
        callers.Current = OtherDirector;
        var foreignPdf = await client.GetAsync($"/api/v1/billing/invoices/{invoiceId}/pdf", Token);
        callers.Current = Director;
        var directorMarksPaid = await client.PostAsJsonAsync($"/api/v1/billing/staff/invoices/{invoiceId}/paid", new { paidOn = "2026-12-03" }, Token);
        callers.Current = Staff;
        var paid = await client.PostAsJsonAsync($"/api/v1/billing/staff/invoices/{invoiceId}/paid", new { paidOn = "2026-12-03", paymentReference = "ПП 17" }, Token);
        var paidAgain = await client.PostAsJsonAsync($"/api/v1/billing/staff/invoices/{invoiceId}/paid", new { paidOn = "2026-12-04" }, Token);

        Assert.Equal(1, list.GetArrayLength());
        Assert.Equal(10_050m, list[0].GetProperty("total").GetDecimal());
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF"u8.ToArray(), pdfBytes[..4]);
        Assert.Equal(HttpStatusCode.NotFound, foreignPdf.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, directorMarksPaid.StatusCode);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal("billing.invoice_already_paid", await CodeAsync(paidAgain));
    }

    private static object PriceList() => new
    {
        effectiveFrom = "2024-01-01",
        plans = new[]
        {
            new { plan = "Standard", monthlyFee = 10_000m, pricePerExternalDocument = 50m, maxMassActionSize = (int?)30, designer = false, apiAccess = false },
            new { plan = "Pro", monthlyFee = 25_000m, pricePerExternalDocument = 40m, maxMassActionSize = (int?)null, designer = true, apiAccess = true },
            new { plan = "Custom", monthlyFee = 10_000m, pricePerExternalDocument = 50m, maxMassActionSize = (int?)30, designer = false, apiAccess = false },
        },
        featurePrices = new Dictionary<string, decimal> { ["Designer"] = 5_000m, ["ApiAccess"] = 4_000m, ["ExtendedMassActions"] = 3_000m },
        storagePackages = new[] { new { code = "storage-10gb", sizeBytes = 10L * 1024 * 1024 * 1024, monthlyFee = 3_000m } },
    };

    private static async Task<Guid> AddInvoiceAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var line = new InvoiceLine(
            InvoiceLineKind.PlanFee, Idocs.Billing.Plans.PlanCode.Standard, null, null, 1, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), 30, Tenge.Of(10_000m), Tenge.Of(10_000m), []);
        var documents = new InvoiceLine(
            InvoiceLineKind.ExternalDocuments, Idocs.Billing.Plans.PlanCode.Standard, null, null, 1, new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 2), 1, Tenge.Of(50m), Tenge.Of(50m),
            [new BilledUnit(Guid.NewGuid(), Guid.NewGuid(), new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.Zero))]);
        var invoice = Invoice.Issue(Guid.NewGuid(), CompanyId, new BillingPeriod(2026, 11), "Asia/Almaty", new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero), [line, documents]);
        Assert.True(await scope.ServiceProvider.GetRequiredService<IInvoiceStore>().TryAddAsync(invoice, Token));
        return invoice.Id;
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        return problem.GetProperty("code").GetString();
    }

    private sealed class FixedDirectory : IBillingCompanyDirectory
    {
        public Task<BillingCompanyRequisites?> FindRequisitesAsync(Guid companyId, CancellationToken cancellationToken) =>
            Task.FromResult<BillingCompanyRequisites?>(new BillingCompanyRequisites("ТОО «Веб»", "123456789012", "г. Астана", null));

        public Task<IReadOnlyList<Idocs.Billing.Contacts.CompanyMember>> ListMembersAsync(Guid companyId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Idocs.Billing.Contacts.CompanyMember>>([]);
    }
}
