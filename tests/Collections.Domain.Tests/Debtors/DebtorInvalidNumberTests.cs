using Collections.Domain.Debtors;

namespace Collections.Domain.Tests.Debtors;

/// <summary>Issue 6 §6: a wrong number on a call marks that number invalid on every phone-like contact, and a debtor upsert keeps the mark.</summary>
public sealed class DebtorInvalidNumberTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static DebtorInput Input() => new("D-1", "Acme",
        Contacts: [new ContactInput("phone", "+52 55 1234 5678"), new ContactInput("whatsapp", "+52 55 1234 5678"), new ContactInput("phone", "+52 55 8765 4321"), new ContactInput("email", "pagos@acme.mx")],
        AlternateContacts: [new AlternateContactInput("seller", "Luis", "phone", "+52 55 1234 5678")]);

    [Fact]
    public void MarkContactInvalid_NumberOnPhoneWhatsAppAndAlternate_MarksEveryOneOfThem()
    {
        var debtor = new Debtor(Guid.NewGuid(), Input(), Now);

        var marked = debtor.MarkContactInvalid(ContactChannels.PhoneNumbers, "+525512345678", "wrong-number", Now.AddDays(1));

        Assert.Equal(3, marked);
        Assert.All(debtor.Contacts.Where(c => c.Value == "+525512345678"), c => Assert.Equal("wrong-number", c.InvalidReason));
        Assert.False(debtor.Contacts.Single(c => c.Value == "+525512345678" && c.Channel == "phone").IsUsableOn(Today));
        Assert.True(debtor.Contacts.Single(c => c.Value == "+525587654321").IsUsableOn(Today));
        Assert.Equal(Now.AddDays(1), debtor.AlternateContacts.Single().InvalidSince);
    }

    [Fact]
    public void MarkContactInvalid_UnknownNumber_MarksNothing()
    {
        var debtor = new Debtor(Guid.NewGuid(), Input(), Now);

        Assert.Equal(0, debtor.MarkContactInvalid(ContactChannels.PhoneNumbers, "+525500000000", "wrong-number", Now));
        Assert.All(debtor.Contacts, c => Assert.Null(c.InvalidSince));
    }

    [Fact]
    public void Update_SameNumberSentAgain_KeepsTheInvalidMark()
    {
        var debtor = new Debtor(Guid.NewGuid(), Input(), Now);
        debtor.MarkContactInvalid(ContactChannels.PhoneNumbers, "+525512345678", "wrong-number", Now);

        debtor.Update(Input(), Now.AddDays(2));

        Assert.Equal("wrong-number", debtor.Contacts.Single(c => c.Channel == "phone" && c.Value == "+525512345678").InvalidReason);
        Assert.Equal(Now, debtor.AlternateContacts.Single().InvalidSince);
    }

    [Fact]
    public void IsUsable_OutsideValidityDates_IsFalse()
    {
        var contact = new DebtorContact("phone", "+525512345678", new DateOnly(2026, 3, 3), null, false);

        Assert.False(contact.IsUsableOn(Today));
        Assert.True(contact.IsUsableOn(Today.AddDays(1)));
    }
}
