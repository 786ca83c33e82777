using Collections.Domain.Debtors;
using Collections.Domain.Errors;

namespace Collections.Domain.Tests.Debtors;

public sealed class DebtorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_ValidInput_NormalizesPhonesToE164()
    {
        var debtor = new Debtor(Guid.NewGuid(), new DebtorInput("D-1", "Acme", Contacts: [new ContactInput("sms", "55 1234 5678")]), Now);

        Assert.Equal("+525512345678", debtor.Contacts.Single().Value);
    }

    [Fact]
    public void Update_OneBadField_ChangesNothing()
    {
        var debtor = new Debtor(Guid.NewGuid(), new DebtorInput("D-1", "Acme"), Now);

        var error = Assert.Throws<DomainValidationException>(() => debtor.Update(new DebtorInput("D-1", "Renamed", TimeZone: "Nowhere/City"), Now));

        Assert.Equal("timeZone", error.Field);
        Assert.Equal("Acme", debtor.Name);
    }

    [Theory]
    [InlineData("America/Mexico_City", true)]
    [InlineData("Europe/Madrid", true)]
    [InlineData("UTC", true)]
    [InlineData("Mexico City", false)]
    [InlineData("GMT+6", false)]
    public void New_TimeZone_ValidatedAgainstTzdb(string zone, bool valid)
    {
        var create = () => new Debtor(Guid.NewGuid(), new DebtorInput("D-1", "Acme", TimeZone: zone), Now);

        if (valid) Assert.Equal(zone, create().TimeZone);
        else Assert.Equal("timezone.unknown", Assert.Throws<DomainValidationException>(create).Code);
    }

    [Fact]
    public void New_ContactValidityReversed_NamesValidTo()
    {
        var error = Assert.Throws<DomainValidationException>(() => new Debtor(Guid.NewGuid(),
            new DebtorInput("D-1", "Acme", Contacts: [new ContactInput("email", "a@b.mx", new DateOnly(2026, 5, 1), new DateOnly(2026, 1, 1))]), Now));

        Assert.Equal("contacts[0].validTo", error.Field);
    }
}
