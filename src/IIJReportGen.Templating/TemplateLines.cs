using IIJReportGen.Diagnostics;

namespace IIJReportGen.Templating;

/// <summary>How a place in the templates is named to a person: "file:line", or "caller-file:line via partial-file:line" when a
/// shared partial does the writing and another template names what it writes.</summary>
public static class TemplateLines
{
    public static string Of(SourceLocation template, SourceLocation? caller) =>
        caller is null ? Line(template) : $"{Line(caller)} via {Line(template)}";

    private static string Line(SourceLocation at) => $"{at.File}:{at.Line}";
}
