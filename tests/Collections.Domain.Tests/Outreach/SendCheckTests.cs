using Collections.Domain.Cases;
using Collections.Domain.Outreach.Delivery;
using Collections.Domain.Outreach.Intents;

namespace Collections.Domain.Tests.Outreach;

/// <summary>The last look before a message leaves, and the provider keywords that opt a recipient out.</summary>
public sealed class SendCheckTests
{
    private static readonly SendFacts OpenCase = new(true, true, null, 100m, false, false, false, false, false, false, false);

    [Fact]
    public void Decide_OpenCaseNothingStops_Sends() => Assert.Null(SendCheck.Decide(OpenCase));

    [Fact]
    public void Decide_EachStoppingFact_ItsReason()
    {
        Assert.Equal((SkipReasons.CasePaid, false), SendCheck.Decide(OpenCase with { CaseOpen = false, CaseOutcome = CaseOutcomes.Paid }));
        Assert.Equal((SkipReasons.CaseWrittenOff, false), SendCheck.Decide(OpenCase with { CaseOpen = false, CaseOutcome = CaseOutcomes.WrittenOff }));
        Assert.Equal((SkipReasons.CaseClosed, false), SendCheck.Decide(OpenCase with { CaseOpen = false, CaseOutcome = CaseOutcomes.Canceled }));
        Assert.Equal((SkipReasons.BalanceZero, false), SendCheck.Decide(OpenCase with { Balance = 0m }));
        Assert.Equal((SkipReasons.DisputeOpen, true), SendCheck.Decide(OpenCase with { DisputeOpen = true }));
        Assert.Equal((SkipReasons.PromiseActive, false), SendCheck.Decide(OpenCase with { PromiseOpen = true }));
        Assert.Equal((SkipReasons.PlanActive, false), SendCheck.Decide(OpenCase with { PlanActive = true }));
        Assert.Equal((SkipReasons.OptOut, false), SendCheck.Decide(OpenCase with { RecipientsOptedOut = true }));
        Assert.Equal((SkipReasons.OptOut, false), SendCheck.Decide(OpenCase with { ChannelOptedOut = true }));
        Assert.Equal((SkipReasons.ContactInvalid, false), SendCheck.Decide(OpenCase with { RecipientsInvalid = true }));
    }

    [Fact]
    public void Decide_ReceiptToPaidCase_SentButNotToOptedOut()
    {
        var receipt = OpenCase with { CaseOpen = false, CaseOutcome = CaseOutcomes.Paid, Balance = 0m, Informational = true };

        Assert.Null(SendCheck.Decide(receipt));
        Assert.Equal((SkipReasons.OptOut, false), SendCheck.Decide(receipt with { RecipientsOptedOut = true }));
    }

    [Theory]
    [InlineData("STOP", true)]
    [InlineData("  stop ", true)]
    [InlineData("Parar.", true)]
    [InlineData("baja", true)]
    [InlineData("CANCELAR!", true)]
    [InlineData("unsubscribe", true)]
    [InlineData("stop sending me the invoice copy please", false)]
    [InlineData("Hola", false)]
    [InlineData("", false)]
    public void IsStop_Keywords_CaseInsensitiveTrimmed(string text, bool stop) => Assert.Equal(stop, SmsInbound.IsStop(text));

    [Fact]
    public void SendGridOptOuts_UnsubscribeGroupUnsubscribeSpamReport_OthersNot()
    {
        const string body = """
            [{"email":"a@x.example","timestamp":1772463600,"event":"unsubscribe"},
             {"email":"b@x.example","timestamp":1772463600,"event":"group_unsubscribe","asm_group_id":1},
             {"email":"c@x.example","timestamp":1772463600,"event":"spamreport"},
             {"email":"d@x.example","timestamp":1772463600,"event":"delivered"}]
            """;

        var optOuts = SendGridEvents.OptOuts(body);

        Assert.Equal([("a@x.example", "sendgrid-unsubscribe"), ("b@x.example", "sendgrid-group_unsubscribe"), ("c@x.example", "sendgrid-spamreport")],
            optOuts.Select(o => (o.Address, o.Source)));
        Assert.All(optOuts, o => Assert.Equal("email", o.Channel));
    }

    [Fact]
    public void IdOf_ReferenceOfAnyAttempt_TheIntentId()
    {
        var id = Guid.NewGuid();

        Assert.Equal(id, OutreachIntent.IdOf(OutreachIntent.ReferenceOf(id, 1)));
        Assert.Equal(id, OutreachIntent.IdOf(OutreachIntent.ReferenceOf(id, 2)));
        Assert.Null(OutreachIntent.IdOf("act-instance:123"));
        Assert.Null(OutreachIntent.IdOf(null));
    }
}
