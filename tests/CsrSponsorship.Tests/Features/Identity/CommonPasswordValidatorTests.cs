using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Identity;
using CsrSponsorship.Core.Features.Identity;
using CsrSponsorship.Tests.Infrastructure;

namespace CsrSponsorship.Tests.Features.Identity;

public sealed class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("password12345")]
    [InlineData("Qwerty123456!")]
    [InlineData("tanahlaut2026!")]
    [InlineData("Disnaker@2026")]
    [InlineData("CSR-BPJS-2026-01")]
    [InlineData("katasandi12345")]
    [InlineData("bpjs-tanahlaut")]
    [InlineData("123456789012")]
    public void Common_words_and_the_office_names_are_refused(string password) =>
        Assert.True(CommonPasswordValidator.IsCommon(password));

    [Theory]
    [InlineData("sungai kecil di pinggir kebun")]
    [InlineData("Tala-Demo-2026!")]
    [InlineData("kata-sandi-panjang")]
    [InlineData("disnaker punya kebun karet")]
    public void A_phrase_with_words_of_its_own_is_accepted(string password) =>
        Assert.False(CommonPasswordValidator.IsCommon(password));

    [Fact]
    public async Task Creating_a_user_with_a_context_password_is_refused_in_Indonesian()
    {
        await using var app = await TestApp.StartAsync();
        app.ActAsAdmin();

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            app.Get<UserAdminService>().CreateAsync(new NewUser("loket@disnaker.example", "Loket", Roles.Loket, null, "TanahLaut2026!")));

        Assert.StartsWith("Kata sandi terlalu mudah ditebak", ex.Message, StringComparison.Ordinal);
    }
}
