namespace Collections.Server.Cli.Demo;

/// <summary>
/// A payment a demo debtor makes at <see cref="At"/> on the simulated clock. <see cref="Settles"/>: the amount is a
/// settled one, so after it the rest of the balance is written off (the discount the approval granted).
/// </summary>
internal sealed record DemoPayment(DateTimeOffset At, decimal Amount, string Reference, bool Settles = false);
