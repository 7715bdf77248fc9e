using CsrSponsorship.Core.Common;
using CsrSponsorship.Core.Domain.Sponsorships;

namespace CsrSponsorship.Core.Domain.CircularLetters;

public enum DeliveryChannel
{
    Email = 1,
    WhatsApp = 2,
    Kurir = 3,
}

public static class DeliveryChannels
{
    public static string Label(DeliveryChannel channel) => channel switch
    {
        DeliveryChannel.Email => "E-mail",
        DeliveryChannel.WhatsApp => "WhatsApp",
        _ => "Kurir",
    };
}

// One addressed company: the suggestion printed in its copy and what it answered.
public class LetterRecipient
{
    public int Id { get; private set; }

    public int LetterId { get; private set; }

    public int CompanyId { get; private set; }

    public string CompanyName { get; private set; } = "";

    public int? SuggestedWorkers { get; private set; }

    public int? SuggestedMonths { get; private set; }

    public DateOnly? SentOn { get; private set; }

    public DeliveryChannel? Channel { get; private set; }

    public DateOnly? AcknowledgedOn { get; private set; }

    public int? PledgedWorkers { get; private set; }

    public int? PledgedMonths { get; private set; }

    public DateOnly? PledgedOn { get; private set; }

    public DateOnly? LastReminderOn { get; private set; }

    public bool HasResponded => AcknowledgedOn is not null || PledgedWorkers is not null;

    private LetterRecipient()
    {
    }

    internal LetterRecipient(int companyId, string companyName, int? workers, int? months)
    {
        CompanyId = companyId;
        CompanyName = companyName;
        Suggest(workers, months);
    }

    internal void Suggest(int? workers, int? months)
    {
        if (workers is < 1 || (months is { } m && !Sponsorship.AllowedMonths.Contains(m)))
        {
            throw new DomainException($"Saran jumlah pekerja minimal 1 dan lama {MonthChoices} bulan.");
        }

        SuggestedWorkers = workers;
        SuggestedMonths = months;
    }

    public void MarkSent(DateOnly sentOn, DeliveryChannel channel)
    {
        SentOn = sentOn;
        Channel = channel;
    }

    public void Acknowledge(DateOnly on) => AcknowledgedOn ??= on;

    public void Pledge(int workers, int months, DateOnly on)
    {
        if (workers < 1 || !Sponsorship.AllowedMonths.Contains(months))
        {
            throw new DomainException($"Komitmen: jumlah pekerja minimal 1 dan lama {MonthChoices} bulan, seperti pilihan lama kepesertaan pada adopsi.");
        }

        PledgedWorkers = workers;
        PledgedMonths = months;
        PledgedOn = on;
        AcknowledgedOn ??= on;
    }

    // A pledge and a suggestion are in the terms adoption can take, so the company can keep its word exactly.
    public static string MonthChoices =>
        string.Join(", ", Sponsorship.AllowedMonths.SkipLast(1)) + " atau " + Sponsorship.AllowedMonths[^1];

    public void Remind(DateOnly on) => LastReminderOn = on;
}
