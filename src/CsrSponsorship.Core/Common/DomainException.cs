namespace CsrSponsorship.Core.Common;

// Every refusal a user can cause carries a message in Bahasa Indonesia, ready for the screen.
public class DomainException(string message) : Exception(message);

public sealed class AccessDeniedException() : DomainException("Anda tidak berwenang melakukan tindakan ini.");

public sealed class NotFoundException(string what) : DomainException($"{what} tidak ditemukan.");

public sealed class ConcurrencyConflictException()
    : DomainException("Data ini baru saja diubah oleh pengguna lain. Muat ulang halaman lalu ulangi perubahan Anda.");
