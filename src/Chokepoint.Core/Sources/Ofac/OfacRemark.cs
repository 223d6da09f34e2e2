namespace Chokepoint.Sources.Ofac;

/// <summary>
/// One fact parsed from an OFAC remark: <see cref="Kind"/> is a property name (birthDate, imoNumber ...),
/// <c>alias</c>/<c>weakAlias</c>/<c>previousName</c>, <c>linkedTo</c>, <c>provisions</c>, <c>notes</c>,
/// or <c>identifier</c> with the OFAC <see cref="Label"/> of the number.
/// </summary>
public sealed record OfacRemark(string Kind, string Value, string? Label = null, string? Country = null, string? Issued = null, string? Expires = null)
{
    public override string ToString()
    {
        var text = Label is null ? $"{Kind}={Value}" : $"{Kind}[{Label}]={Value}";
        if (Country is not null)
            text += $" ({Country})";
        if (Issued is not null)
            text += $" issued {Issued}";
        if (Expires is not null)
            text += $" expires {Expires}";
        return text;
    }
}
