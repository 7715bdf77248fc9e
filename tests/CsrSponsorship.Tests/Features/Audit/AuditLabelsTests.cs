using CsrSponsorship.Core.Domain.Audit;
using CsrSponsorship.Core.Features.Audit;

namespace CsrSponsorship.Tests.Features.Audit;

public sealed class AuditLabelsTests
{
    [Theory]
    [InlineData(AuditActions.Created, "Dibuat")]
    [InlineData(AuditActions.Updated, "Diubah")]
    [InlineData(AuditActions.Deleted, "Dihapus")]
    [InlineData(AuditActions.Imported, "Diimpor")]
    [InlineData(AuditService.Exported, "Diekspor")]
    [InlineData(AuditService.NikRevealed, "NIK lengkap dibuka")]
    [InlineData(AuditService.SignedIn, "Masuk")]
    [InlineData(AuditService.SignInFailed, "Gagal masuk")]
    public void Every_action_the_log_records_reads_in_Indonesian(string code, string label) =>
        Assert.Equal(label, AuditLabels.Action(code));

    [Theory]
    [InlineData("Invoice", "Tagihan")]
    [InlineData(AuditActions.WorkerImportEntity, "Impor pekerja")]
    [InlineData("Payment", "Pembayaran")]
    [InlineData("CsrStatement", "Pernyataan CSR")]
    [InlineData("Rekap Tagihan", "Rekap Tagihan")]
    public void Entities_read_in_Indonesian_and_report_names_pass_through(string code, string label) =>
        Assert.Equal(label, AuditLabels.Entity(code));
}
