using CsrSponsorship.Core.Domain.CircularLetters;

namespace CsrSponsorship.Tests.Domain.CircularLetters;

public sealed class LetterTextTests
{
    private const string Rlo = "\u202E";

    [Fact]
    public void Pasted_control_characters_and_direction_overrides_are_dropped_before_a_draft_is_stored_and_line_breaks_stay()
    {
        var content = new LetterContent
        {
            Subject = $"Dukungan{Rlo} CSR\u0000",
            Addressees = ["Pimpinan PT Uji\u001B[31m Coba"],
            LatarBelakang = "Paragraf satu.\nParagraf dua.",
            IsiEdaran = [$"Iuran {Rlo}Rp 16.800"],
            Signer = new LetterSigner(SignerOffice.KepalaDinas, SignerAuthority.Langsung, "Kepala Dinas", null, $"Nama{Rlo}", null, null, null),
        };

        var letter = CircularLetter.Draft(content, "u1", "Penyusun", DateTime.UtcNow);
        letter.Edit(letter.Content with { Penutup = "Demikian\u0007." }, "u1", "Penyusun", DateTime.UtcNow);

        var stored = letter.Content;
        Assert.Equal("Dukungan CSR", stored.Subject);
        Assert.Equal("Pimpinan PT Uji[31m Coba", Assert.Single(stored.Addressees));
        Assert.Equal("Paragraf satu.\nParagraf dua.", stored.LatarBelakang);
        Assert.Equal("Iuran Rp 16.800", Assert.Single(stored.IsiEdaran));
        Assert.Equal("Nama", stored.Signer.Name);
        Assert.Equal("Demikian.", stored.Penutup);
    }
}
