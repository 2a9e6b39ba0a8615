using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Model;

/// <summary>Narrative that cannot be derived: paragraphs, with a speaker, title and attribution verb ("said", "continued") for quotes.</summary>
/// <param name="ToConfirm">Why its words are still to be confirmed from a source (a translation, a wording taken from a later
/// document), or null when they are confirmed.</param>
public sealed record TextBlock(string Key, IReadOnlyList<string> Paragraphs, string? Speaker, string? Title, string? Verb, SourceLocation Location,
    string? ToConfirm = null) : IKeyed
{
    /// <summary>The paragraphs joined by blank lines.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}
