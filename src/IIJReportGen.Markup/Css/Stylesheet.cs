namespace IIJReportGen.Markup;

/// <summary>All style rules that apply to one document (user-agent defaults first), and the @page declarations.</summary>
internal sealed class Stylesheet
{
    public List<StyleRule> Rules { get; } = [];

    /// <summary>size and margin-* from every @page rule, in source order (later wins).</summary>
    public List<StyleDeclaration> PageDeclarations { get; } = [];

    public void Add(Stylesheet other)
    {
        Rules.AddRange(other.Rules);
        PageDeclarations.AddRange(other.PageDeclarations);
    }
}
