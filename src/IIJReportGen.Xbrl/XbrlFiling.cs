using IIJReportGen.Xbrl.Tdnet;

namespace IIJReportGen.Xbrl;

/// <summary>One file of the filing: its path relative to the build's output folder ("xbrl/iij-2013-09-30.xbrl") and its bytes.</summary>
public sealed record XbrlFile(string Path, byte[] Bytes)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}

/// <summary>The XBRL filing of a dataset: in xbrl/ the taxonomy (core schema, the instance's entry point, label,
/// presentation and calculation linkbases) and the instance; with a TDnet summary also its package (XBRLData/Summary/):
/// copies of the core and the labels, its entry point, presentation and definition linkbases.</summary>
public static class XbrlFiling
{
    /// <summary>Every file, in a fixed order, with the same bytes for the same dataset on any machine and culture.</summary>
    public static IReadOnlyList<XbrlFile> Render(XbrlVocabulary vocabulary, TdnetSummary? summary = null)
    {
        var facts = XbrlFact.AllOf(vocabulary);
        var taxonomy = new XbrlTaxonomy(vocabulary, facts, summary);
        var core = TaxonomySchemaWriter.Core(taxonomy);
        var labels = LinkbaseWriter.Labels(taxonomy);
        var files = new List<XbrlFile>
        {
            new(taxonomy.CorePath, core),
            new(taxonomy.Full.Path, TaxonomySchemaWriter.EntryPoint(taxonomy.Full, vocabulary)),
            new(XbrlTaxonomy.Folder + "/" + taxonomy.LabelFileName, labels),
            new(XbrlTaxonomy.Folder + "/" + taxonomy.PresentationFileName, LinkbaseWriter.Presentation(taxonomy)),
            new(XbrlTaxonomy.Folder + "/" + taxonomy.CalculationFileName, LinkbaseWriter.Calculation(taxonomy)),
            new(XbrlTaxonomy.Folder + "/" + taxonomy.InstanceFileName, InstanceWriter.Write(taxonomy, facts)),
        };
        if (taxonomy.SummaryEntry is { } entry && summary is not null)
        {
            // The package stands alone, as TDnet receives it: its own copies of the core and the labels (the same bytes).
            files.Add(new(TdnetPackage.Folder + "/" + taxonomy.CoreSchemaFileName, core));
            files.Add(new(TdnetPackage.Folder + "/" + taxonomy.LabelFileName, labels));
            files.Add(new(entry.Path, TaxonomySchemaWriter.EntryPoint(entry, vocabulary)));
            files.Add(new(summary.Package.PresentationPath, SummaryLinkbaseWriter.Presentation(taxonomy)));
            files.Add(new(summary.Package.DefinitionPath, SummaryLinkbaseWriter.Definition(taxonomy)));
        }
        return files;
    }

    /// <summary>Writes every file under <paramref name="directory"/> (created if missing) and returns their paths.</summary>
    public static IReadOnlyList<string> Write(XbrlVocabulary vocabulary, string directory, TdnetSummary? summary = null)
    {
        var paths = new List<string>();
        foreach (var file in Render(vocabulary, summary))
        {
            var path = Path.Combine(directory, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
            paths.Add(path);
        }
        return paths;
    }
}
