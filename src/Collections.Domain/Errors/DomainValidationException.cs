using Collections.Engine.Errors;

namespace Collections.Domain.Errors;

/// <summary>A request field breaks a domain rule (amount, currency, date, e-mail, phone, time zone...). HTTP 400 naming <see cref="Field"/>.</summary>
public class DomainValidationException(string code, string field, string message) : CollectionsException(code, message)
{
    /// <summary>The JSON path of the field at fault, e.g. <c>contacts[1].value</c>.</summary>
    public string Field { get; } = field;
}
