using IIJReportGen.Diagnostics;
using IIJReportGen.Xbrl;

namespace IIJReportGen.Pipeline;

/// <summary>The outcome of a build: every finding, and — when it succeeded — the outputs published, their page counts and stage timings.</summary>
public sealed record BuildResult(
    DiagnosticBag Diagnostics,
    IReadOnlyList<string> Outputs,
    IReadOnlyList<BuiltDocument> Documents,
    IReadOnlyList<(string Stage, TimeSpan Time)> Timings)
{
    /// <summary>Page counts by PDF file name.</summary>
    public IReadOnlyDictionary<string, int> Pages => Documents.ToDictionary(d => d.Name + ".pdf", d => d.Layout.Pages.Count);

    public bool Succeeded => !Diagnostics.HasErrors;

    /// <summary>The XBRL names the build gave the dataset's figures (null when it failed): what where-used asks for an element name.</summary>
    public XbrlVocabulary? Vocabulary { get; init; }

    /// <summary>How long the build took: as measured from its start when given (the documents' stages overlap when they are built
    /// at once), else every stage's time together.</summary>
    public TimeSpan Time
    {
        get => _time ?? Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Time);
        init => _time = value;
    }

    private readonly TimeSpan? _time;
}
