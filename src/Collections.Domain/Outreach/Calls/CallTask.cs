using Collections.Domain.Debtors;
using Collections.Engine.Api;

namespace Collections.Domain.Outreach.Calls;

/// <summary>
/// Reads what a user task says about itself through its <c>camunda:properties</c>: <c>form</c> = <c>call-outcome</c>
/// marks a call or visit with the outcome form, <c>channel</c> is <c>phone</c> (default) or <c>visit</c>, and
/// <c>contactRole</c> = <c>alternate</c> a call to a third party rather than the debtor.
/// </summary>
public static class CallTask
{
    public const string FormProperty = "form";
    public const string OutcomeForm = "call-outcome";

    public static bool HasOutcomeForm(UserTaskInfo task) => Property(task, FormProperty) == OutcomeForm;

    public static string ChannelOf(UserTaskInfo task) =>
        Property(task, "channel") == ContactChannels.Visit ? ContactChannels.Visit : ContactChannels.Phone;

    public static bool IsAlternateContact(UserTaskInfo task) => Property(task, "contactRole") == "alternate";

    private static string? Property(UserTaskInfo task, string name) =>
        task.Properties is { } properties && properties.TryGetValue(name, out var value) ? value : null;
}
