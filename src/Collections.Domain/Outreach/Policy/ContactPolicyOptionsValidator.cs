using Collections.Domain.Outreach.Holidays;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Outreach.Policy;

/// <summary>Fails start-up on a profile that does not parse (bad window, date, calendar or cap), naming it.</summary>
internal sealed class ContactPolicyOptionsValidator : IValidateOptions<ContactPolicyOptions>
{
    public ValidateOptionsResult Validate(string? name, ContactPolicyOptions options)
    {
        var errors = new List<string>();
        if (!options.Profiles.ContainsKey(ContactPolicyOptions.DefaultProfile)) errors.Add($"Contact policy needs a '{ContactPolicyOptions.DefaultProfile}' profile.");
        var calendars = new HolidayCalendars();
        foreach (var (key, profile) in options.Profiles)
        {
            try
            {
                CompiledProfile.From(key, profile, calendars);
            }
            catch (FormatException e)
            {
                errors.Add(e.Message);
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
