using System.Globalization;
using System.Text.RegularExpressions;
using Collections.Engine.Errors;
using Collections.Engine.Model;
using Collections.Engine.Variables;

namespace Collections.Engine.Runtime;

/// <summary>
/// Checks a task completion against its <c>camunda:formData</c> (Camunda 7 built-in validators: required, minlength,
/// maxlength, min, max, pattern, readonly) plus type and enum membership. Values are converted to the field's type.
/// </summary>
internal static class FormValidator
{
    public static Dictionary<string, VariableValue> Validate(UserTask task, Dictionary<string, VariableValue> submitted, Func<string, VariableValue?> existing)
    {
        var result = new Dictionary<string, VariableValue>(submitted, StringComparer.Ordinal);
        foreach (var field in task.FormFields)
        {
            if (!submitted.TryGetValue(field.Id, out var value) || value.Type == VariableType.Null)
            {
                if (field.IsRequired && existing(field.Id) is not { Type: not VariableType.Null })
                {
                    throw Fail(task, field, "is required");
                }

                continue;
            }

            if (field.IsReadOnly) throw Fail(task, field, "is read-only");
            var typed = Convert(task, field, value);
            CheckConstraints(task, field, typed);
            result[field.Id] = typed;
        }

        return result;
    }

    private static VariableValue Convert(UserTask task, FormField field, VariableValue value) => field.Type switch
    {
        FormFieldType.String => VariableValue.String(value.AsString() ?? ""),
        FormFieldType.Long => value.Value switch
        {
            long => value,
            decimal d when d == Math.Truncate(d) && d is >= long.MinValue and <= long.MaxValue => VariableValue.Integer((long)d),
            string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => VariableValue.Integer(l),
            _ => throw Fail(task, field, "must be a whole number"),
        },
        FormFieldType.Decimal => value.Value switch
        {
            long l => VariableValue.Decimal(l),
            decimal => value,
            string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => VariableValue.Decimal(d),
            _ => throw Fail(task, field, "must be a number"),
        },
        FormFieldType.Boolean => value.Value switch
        {
            bool => value,
            string s when bool.TryParse(s, out var b) => VariableValue.Boolean(b),
            _ => throw Fail(task, field, "must be true or false"),
        },
        FormFieldType.Date => value.Value switch
        {
            DateTimeOffset => value,
            string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) => VariableValue.DateTime(d),
            _ => throw Fail(task, field, "must be a date"),
        },
        FormFieldType.Enum => field.Options.Any(o => o.Id == value.AsString())
            ? VariableValue.String(value.AsString()!)
            : throw Fail(task, field, $"must be one of: {string.Join(", ", field.Options.Select(o => o.Id))}"),
        _ => value,
    };

    private static void CheckConstraints(UserTask task, FormField field, VariableValue value)
    {
        foreach (var constraint in field.Constraints)
        {
            var config = constraint.Config;
            var ok = constraint.Name switch
            {
                "minlength" => (value.AsString()?.Length ?? 0) >= ParseInt(config),
                "maxlength" => (value.AsString()?.Length ?? 0) <= ParseInt(config),
                "min" => Number(value) is not { } n || n >= ParseDecimal(config),
                "max" => Number(value) is not { } m || m <= ParseDecimal(config),
                "pattern" => config is null || Regex.IsMatch(value.AsString() ?? "", config, RegexOptions.None, TimeSpan.FromMilliseconds(100)),
                _ => true,
            };
            if (!ok) throw Fail(task, field, $"fails {constraint.Name}{(config is null ? "" : $" {config}")}");
        }
    }

    private static decimal? Number(VariableValue value) => value.Value switch
    {
        long l => l,
        decimal d => d,
        _ => null,
    };

    private static int ParseInt(string? text) => int.TryParse(text, CultureInfo.InvariantCulture, out var i) ? i : 0;

    private static decimal ParseDecimal(string? text) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : 0m;

    private static InvalidRequestException Fail(UserTask task, FormField field, string problem) =>
        new("form.invalid", $"Field '{field.Label ?? field.Id}' of task '{task.Name ?? task.Id}' {problem}.", field.Id);
}
