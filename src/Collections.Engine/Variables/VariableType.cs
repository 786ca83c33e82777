namespace Collections.Engine.Variables;

/// <summary>
/// The persisted type of a process variable. The names are stored in the instance document and history,
/// so they are stable strings (see <see cref="VariableTypeNames"/>), never CLR type names.
/// </summary>
public enum VariableType
{
    Null,
    String,
    Boolean,
    Integer,
    Decimal,
    DateTime,
    Json,
}
