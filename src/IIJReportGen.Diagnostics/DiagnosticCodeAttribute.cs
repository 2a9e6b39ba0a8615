namespace IIJReportGen.Diagnostics;

/// <summary>Marks a code constant of a component's catalogue (its XxxCodes class) with the severity it is reported at
/// and a one-line meaning; the README's table of all codes is checked against these.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class DiagnosticCodeAttribute(Severity severity, string meaning) : Attribute
{
    public Severity Severity { get; } = severity;

    public string Meaning { get; } = meaning;
}
