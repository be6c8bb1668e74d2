using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Billing;

/// <summary>Column sizes of the billing tables. Money is numeric(18,2): whole tiyn, never floating point.</summary>
internal static class BillingColumns
{
    public const int MoneyPrecision = 18;
    public const int MoneyScale = 2;
    public const int MaxTimeZoneIdLength = 64;
    public const int MaxCodeLength = 64;
    public const int MaxReferenceLength = 200;
    public const int MaxReasonLength = 2000;
    public const int MaxEmailKeyLength = 200;
}

internal sealed class BillingAccountRowConfiguration : IEntityTypeConfiguration<BillingAccountRow>
{
    public void Configure(EntityTypeBuilder<BillingAccountRow> builder)
    {
        builder.ToTable("billing_accounts");
        builder.HasKey(row => row.CompanyId);
        builder.Property(row => row.CompanyId).ValueGeneratedNever();
        builder.Property(row => row.TimeZoneId).HasMaxLength(BillingColumns.MaxTimeZoneIdLength);
    }
}

internal sealed class PriceListRowConfiguration : IEntityTypeConfiguration<PriceListRow>
{
    public void Configure(EntityTypeBuilder<PriceListRow> builder)
    {
        builder.ToTable("billing_price_lists");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.HasIndex(row => row.PriceListVersion).IsUnique();
        builder.HasIndex(row => row.EffectiveFrom).IsUnique();
    }
}

internal sealed class PlanPriceRowConfiguration : IEntityTypeConfiguration<PlanPriceRow>
{
    public void Configure(EntityTypeBuilder<PlanPriceRow> builder)
    {
        builder.ToTable("billing_plan_prices");
        builder.HasKey(row => new { row.PriceListId, row.Plan });
        builder.Property(row => row.MonthlyFee).HasPrecision(BillingColumns.MoneyPrecision, BillingColumns.MoneyScale);
        builder.Property(row => row.PricePerExternalDocument).HasPrecision(BillingColumns.MoneyPrecision, BillingColumns.MoneyScale);
        builder.HasOne<PriceListRow>().WithMany().HasForeignKey(row => row.PriceListId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FeaturePriceRowConfiguration : IEntityTypeConfiguration<FeaturePriceRow>
{
    public void Configure(EntityTypeBuilder<FeaturePriceRow> builder)
    {
        builder.ToTable("billing_feature_prices");
        builder.HasKey(row => new { row.PriceListId, row.Feature });
        builder.Property(row => row.Price).HasPrecision(BillingColumns.MoneyPrecision, BillingColumns.MoneyScale);
        builder.HasOne<PriceListRow>().WithMany().HasForeignKey(row => row.PriceListId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoragePackageRowConfiguration : IEntityTypeConfiguration<StoragePackageRow>
{
    public void Configure(EntityTypeBuilder<StoragePackageRow> builder)
    {
        builder.ToTable("billing_storage_packages");
        builder.HasKey(row => new { row.PriceListId, row.Code });
        builder.Property(row => row.Code).HasMaxLength(BillingColumns.MaxCodeLength);
        builder.Property(row => row.MonthlyFee).HasPrecision(BillingColumns.MoneyPrecision, BillingColumns.MoneyScale);
        builder.HasOne<PriceListRow>().WithMany().HasForeignKey(row => row.PriceListId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeteredUnitRowConfiguration : IEntityTypeConfiguration<MeteredUnitRow>
{
    public void Configure(EntityTypeBuilder<MeteredUnitRow> builder)
    {
        builder.ToTable("billing_metered_units");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();

        // The idempotency key of metering: a retried dispatch of the same document and file is rejected here.
        builder.HasIndex(row => new { row.DocumentId, row.FileId }).IsUnique();
        builder.HasIndex(row => new { row.CompanyId, row.PeriodYear, row.PeriodMonth });
    }
}

internal sealed class InvoiceRowConfiguration : IEntityTypeConfiguration<InvoiceRow>
{
    public void Configure(EntityTypeBuilder<InvoiceRow> builder)
    {
        builder.ToTable("billing_invoices");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.Property(row => row.TimeZoneId).HasMaxLength(BillingColumns.MaxTimeZoneIdLength);
        builder.Property(row => row.Total).HasPrecision(BillingColumns.MoneyPrecision, BillingColumns.MoneyScale);
        builder.Property(row => row.PaymentReference).HasMaxLength(BillingColumns.MaxReferenceLength);

        // The idempotency key of issuing: a second run or a second node cannot add another invoice.
        builder.HasIndex(row => new { row.CompanyId, row.PeriodYear, row.PeriodMonth }).IsUnique();
    }
}

internal sealed class InvoiceLineRowConfiguration : IEntityTypeConfiguration<InvoiceLineRow>
{
    public void Configure(EntityTypeBuilder<InvoiceLineRow> builder)
    {
        builder.ToTable("billing_invoice_lines");
        builder.HasKey(row => new { row.InvoiceId, row.LineNumber });
        builder.Property(row => row.StoragePackageCode).HasMaxLength(BillingColumns.MaxCodeLength);
        builder.Property(row => row.UnitPrice).HasPrecision(BillingColumns.MoneyPrecision, BillingColumns.MoneyScale);
        builder.Property(row => row.Amount).HasPrecision(BillingColumns.MoneyPrecision, BillingColumns.MoneyScale);
        builder.HasOne<InvoiceRow>().WithMany().HasForeignKey(row => row.InvoiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvoiceUnitRowConfiguration : IEntityTypeConfiguration<InvoiceUnitRow>
{
    public void Configure(EntityTypeBuilder<InvoiceUnitRow> builder)
    {
        builder.ToTable("billing_invoice_units");
        builder.HasKey(row => new { row.InvoiceId, row.LineNumber, row.DocumentId, row.FileId });
        builder.HasOne<InvoiceLineRow>().WithMany()
            .HasForeignKey(row => new { row.InvoiceId, row.LineNumber })
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CustomPlanRequestRowConfiguration : IEntityTypeConfiguration<CustomPlanRequestRow>
{
    public void Configure(EntityTypeBuilder<CustomPlanRequestRow> builder)
    {
        builder.ToTable("billing_custom_plan_requests");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.Property(row => row.Features).HasMaxLength(BillingColumns.MaxReferenceLength);
        builder.Property(row => row.StoragePackageCode).HasMaxLength(BillingColumns.MaxCodeLength);
        builder.Property(row => row.RejectionReason).HasMaxLength(BillingColumns.MaxReasonLength);
        builder.HasIndex(row => new { row.Status, row.RequestedAt });
    }
}

internal sealed class BillingEmailKeyRowConfiguration : IEntityTypeConfiguration<BillingEmailKeyRow>
{
    public void Configure(EntityTypeBuilder<BillingEmailKeyRow> builder)
    {
        builder.ToTable("billing_email_keys");
        builder.HasKey(row => row.Key);
        builder.Property(row => row.Key).HasMaxLength(BillingColumns.MaxEmailKeyLength);
    }
}
