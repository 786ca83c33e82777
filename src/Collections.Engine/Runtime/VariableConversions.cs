using Collections.Engine.Variables;

namespace Collections.Engine.Runtime;

internal static class VariableConversions
{
    public static Dictionary<string, VariableValue> From(IReadOnlyDictionary<string, object?>? variables)
    {
        var result = new Dictionary<string, VariableValue>(StringComparer.Ordinal);
        if (variables is null) return result;
        foreach (var (name, value) in variables)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new Errors.InvalidRequestException("variable.name-empty", "A variable name must not be empty.", "variables");
            }

            result[name] = VariableValue.From(value);
        }

        return result;
    }
}
