using IIJReportGen.Diagnostics;
using IIJReportGen.Xbrl.Tdnet;

namespace IIJReportGen.Xbrl.Tests;

/// <summary>The TDnet summary of a dataset with the repository's form and names (templates/tdnet/).</summary>
internal static class Summaries
{
    public static TdnetSummary Of(XbrlVocabulary vocabulary)
    {
        var diagnostics = new DiagnosticBag();
        var summary = TdnetSummary.Load(vocabulary, Read, diagnostics);
        Assert.True(summary is not null, string.Join("\n", diagnostics));
        return summary!;
    }

    /// <summary>A file of the repository's templates folder, named as findings name it, or null when it does not exist.</summary>
    public static (string Name, string Text)? Read(string file)
    {
        var path = Path.Combine(RepositoryPaths.Templates, file);
        return File.Exists(path) ? ("templates/" + file, File.ReadAllText(path)) : null;
    }
}
