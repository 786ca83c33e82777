using Collections.Domain.Errors;
using Collections.Domain.Validation;

namespace Collections.Domain.Tests.Validation;

public sealed class CheckControlCharacterTests
{
    [Theory]
    [InlineData("F-2\r\nBcc: attacker@example.com")]
    [InlineData("F-2\nX")]
    [InlineData("F-2\tX")]
    [InlineData("F-2\u0000X")]
    [InlineData("F-2\u007FX")]
    [InlineData("F-2\u0085X")]
    [InlineData("F-2\u2028X")]
    [InlineData("F-2\u2029X")]
    public void Text_ControlOrLineSeparator_RefusedNamingField(string value)
    {
        var error = Assert.Throws<DomainValidationException>(() => Check.Text(value, "number", 60));

        Assert.Equal("request.control-character", error.Code);
        Assert.Equal("number", error.Field);
    }

    [Fact]
    public void OptionalMultilineText_LineBreaksAndTabs_Kept()
    {
        var notes = Check.OptionalMultilineText("Llamó el contador.\r\nPaga el viernes:\tsí", "notes", 4000);

        Assert.Equal("Llamó el contador.\r\nPaga el viernes:\tsí", notes);
    }

    [Fact]
    public void OptionalMultilineText_OtherControlCharacter_Refused()
    {
        var error = Assert.Throws<DomainValidationException>(() => Check.OptionalMultilineText("a\u0007b", "notes", 4000));

        Assert.Equal(("request.control-character", "notes"), (error.Code, error.Field));
    }

    [Fact]
    public void Text_AccentsAndSymbols_Accepted()
    {
        Assert.Equal("Ferretería López & Hijos — Nº 7", Check.Text("  Ferretería López & Hijos — Nº 7 ", "name", 200));
    }
}
