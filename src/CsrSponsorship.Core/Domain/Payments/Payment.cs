using System.Security.Cryptography;
using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Companies;

namespace CsrSponsorship.Core.Domain.Payments;

public enum PaymentMethod
{
    TransferBpjs = 1,
    VirtualAccount = 2,
    Lainnya = 3,
}

public enum PaymentStatus
{
    Sah = 1,
    Dibatalkan = 2,
}

// Money a company paid against an invoice, as recorded by Keuangan. Never deleted: a mistake is
// reversed with a reason, and both rows stay in the books.
public class Payment : IVersioned
{
    public const int MaxReferenceLength = 100;

    public int Id { get; private set; }

    public int InvoiceId { get; private set; }

    public DateOnly PaidOn { get; private set; }

    public long Amount { get; private set; }

    public PaymentMethod Method { get; private set; }

    // Normalised (see NormalizeReference): with the invoice it identifies a payment, which is what
    // makes a double click, a retried request or a second clerk land on the same row.
    public string BankReference { get; private set; } = "";

    public string RecordedByUserId { get; private set; } = "";

    public DateTime RecordedAtUtc { get; private set; }

    public PaymentStatus Status { get; private set; } = PaymentStatus.Sah;

    public string? ReversedReason { get; private set; }

    public string? ReversedByUserId { get; private set; }

    public DateTime? ReversedAtUtc { get; private set; }

    public int? ProofId { get; private set; }

    public PaymentProof? Proof { get; private set; }

    // The receipt (bukti pencatatan pembayaran) is numbered and dated in the transaction that records the
    // payment, from the same gap-free allocator as invoices, and never renumbered: a reversed payment's
    // receipt keeps its number and is printed and verified as void. Null only for rows older than that rule
    // that the DocumentIntegrity migration could not reach (none after it ran).
    public string? ReceiptNumber { get; private set; }

    public DateOnly? ReceiptDate { get; private set; }

    // The receipt's own public verification token (the invoice has another).
    public string ReceiptVerificationToken { get; private set; } = "";

    // The payer as printed on the receipt, frozen when it is numbered; see DocumentAddressee.
    public string? PayerName { get; private set; }

    public string? PayerAddress { get; private set; }

    public string? PayerNpwp { get; private set; }

    public DocumentAddressee? Payer => PayerName is null ? null : new(PayerName, PayerAddress ?? "", PayerNpwp);

    public Guid Version { get; set; }

    private Payment()
    {
    }

    public static Payment Record(int invoiceId, DateOnly paidOn, long amount, PaymentMethod method, string bankReference, PaymentProof? proof,
        string userId, DateTime nowUtc, DateOnly today)
    {
        if (amount <= 0)
        {
            throw new DomainException("Jumlah pembayaran harus lebih dari nol.");
        }

        if (paidOn > today)
        {
            throw new DomainException($"Tanggal bayar tidak boleh setelah hari ini ({IndonesianFormat.Date(today)}).");
        }

        if (!Enum.IsDefined(method))
        {
            throw new DomainException("Pilih cara pembayaran.");
        }

        return new Payment
        {
            InvoiceId = invoiceId,
            PaidOn = paidOn,
            Amount = amount,
            Method = method,
            BankReference = NormalizeReference(bankReference),
            Proof = proof,
            RecordedByUserId = userId,
            RecordedAtUtc = nowUtc,
            ReceiptVerificationToken = VerificationTokens.New(),
        };
    }

    // "  trx 0012 ab " and "TRX0012AB" are the same transfer.
    public static string NormalizeReference(string? reference)
    {
        var normalized = string.Concat((reference ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (normalized.Length == 0)
        {
            throw new DomainException("Nomor referensi bank wajib diisi.");
        }

        if (normalized.Length > MaxReferenceLength)
        {
            throw new DomainException($"Nomor referensi bank paling panjang {MaxReferenceLength} karakter.");
        }

        return normalized;
    }

    public bool SameAs(DateOnly paidOn, long amount, PaymentMethod method) => PaidOn == paidOn && Amount == amount && Method == method;

    // Only through Invoice.ReversePayment, which keeps the invoice's paid amount in step.
    internal void Reverse(string reason, string userId, DateTime nowUtc)
    {
        if (Status == PaymentStatus.Dibatalkan)
        {
            throw new DomainException("Pembayaran ini sudah dibatalkan.");
        }

        var trimmed = (reason ?? "").Trim();
        if (trimmed.Length == 0)
        {
            throw new DomainException("Alasan pembatalan pembayaran wajib diisi.");
        }

        if (trimmed.Length > 300)
        {
            throw new DomainException("Alasan pembatalan pembayaran paling panjang 300 karakter.");
        }

        Status = PaymentStatus.Dibatalkan;
        ReversedReason = trimmed;
        ReversedByUserId = userId;
        ReversedAtUtc = nowUtc;
    }

    public void IssueReceipt(string number, DateOnly date, DocumentAddressee payer)
    {
        ArgumentNullException.ThrowIfNull(payer);
        if (ReceiptNumber is not null)
        {
            throw new DomainException("Bukti pencatatan pembayaran ini sudah bernomor.");
        }

        if (Status != PaymentStatus.Sah)
        {
            throw new DomainException("Pembayaran yang dibatalkan tidak diberi nomor bukti pencatatan baru.");
        }

        if (string.IsNullOrWhiteSpace(number))
        {
            throw new DomainException("Nomor bukti pencatatan pembayaran belum dialokasikan.");
        }

        ReceiptNumber = number;
        ReceiptDate = date;
        PayerName = payer.Name;
        PayerAddress = payer.Address;
        PayerNpwp = payer.Npwp;
    }
}

// Evidence of a transfer. Its kind is decided by the file's first bytes, not by its name, so a
// renamed executable or HTML page is refused.
public class PaymentProof
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public int Id { get; private set; }

    // Display only; never used as a path.
    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public byte[] Bytes { get; private set; } = [];

    public string Sha256 { get; private set; } = "";

    public DateTime UploadedAtUtc { get; private set; }

    private PaymentProof()
    {
    }

    public static PaymentProof From(string fileName, byte[] content, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new DomainException("Berkas bukti bayar kosong.");
        }

        if (content.Length > MaxBytes)
        {
            throw new DomainException("Berkas bukti bayar paling besar 5 MB.");
        }

        var type = UploadedFile.DetectType(content)
            ?? throw new DomainException("Bukti bayar harus berupa berkas PDF, JPG atau PNG.");

        return new PaymentProof
        {
            FileName = UploadedFile.DisplayName(fileName, type, "bukti-bayar"),
            ContentType = type,
            Bytes = content,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            UploadedAtUtc = nowUtc,
        };
    }
}

public static class PaymentLabels
{
    public static string Method(PaymentMethod method) => method switch
    {
        PaymentMethod.TransferBpjs => "Transfer ke rekening BPJS Ketenagakerjaan",
        PaymentMethod.VirtualAccount => "Virtual account",
        PaymentMethod.Lainnya => "Lainnya",
        _ => method.ToString(),
    };

    public static string Status(PaymentStatus status) => status switch
    {
        PaymentStatus.Sah => "Sah",
        PaymentStatus.Dibatalkan => "Dibatalkan",
        _ => status.ToString(),
    };

    // The receipt is a record that the office noted a payment made to BPJS TK, not a receipt of money by the office.
    public const string ReceiptTitle = "Bukti Pencatatan Pembayaran";

    // What the public verification page says about a receipt; a reversed payment's receipt is void.
    public static string ReceiptStatus(PaymentStatus status, DateOnly? reversedOn) => status == PaymentStatus.Dibatalkan
        ? "BATAL – pembayaran dibatalkan" + (reversedOn is { } date ? " tanggal " + IndonesianFormat.Date(date) : "") + "; bukti ini tidak berlaku"
        : "Sah – pembayaran tercatat";
}
