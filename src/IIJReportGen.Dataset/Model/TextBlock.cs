using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Model;

/// <summary>Narrative that cannot be derived: paragraphs, with a speaker, title and attribution verb ("said", "continued") for quotes.</summary>
public sealed record TextBlock(string Key, IReadOnlyList<string> Paragraphs, string? Speaker, string? Title, string? Verb, SourceLocation Location) : IKeyed
{
    /// <summary>The paragraphs joined by blank lines.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}
