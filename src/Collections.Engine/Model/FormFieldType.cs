namespace Collections.Engine.Model;

/// <summary>Camunda 7 form field types (<c>string, long, boolean, date, enum</c>) plus <c>decimal</c> for money.</summary>
public enum FormFieldType
{
    String,
    Long,
    Decimal,
    Boolean,
    Date,
    Enum,
}
