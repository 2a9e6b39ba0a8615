namespace IIJReportGen.Xbrl;

/// <summary>One file of the filing: its name (relative to the xbrl/ folder) and its bytes.</summary>
public sealed record XbrlFile(string Name, byte[] Bytes);

/// <summary>The XBRL filing of a dataset: taxonomy (core schema, the instance's and the summary's entry points, label,
/// presentation and calculation linkbases) and instance.</summary>
public static class XbrlFiling
{
    /// <summary>Every file, in a fixed order, with the same bytes for the same dataset on any machine and culture.</summary>
    public static IReadOnlyList<XbrlFile> Render(XbrlVocabulary vocabulary)
    {
        var facts = XbrlFact.AllOf(vocabulary);
        var taxonomy = new XbrlTaxonomy(vocabulary, facts);
        return
        [
            new XbrlFile(taxonomy.CoreSchemaFileName, TaxonomySchemaWriter.Core(taxonomy)),
            new XbrlFile(taxonomy.Full.FileName, TaxonomySchemaWriter.EntryPoint(taxonomy.Full, vocabulary)),
            new XbrlFile(taxonomy.Summary.FileName, TaxonomySchemaWriter.EntryPoint(taxonomy.Summary, vocabulary)),
            new XbrlFile(taxonomy.LabelFileName, LinkbaseWriter.Labels(taxonomy)),
            new XbrlFile(taxonomy.PresentationFileName, LinkbaseWriter.Presentation(taxonomy)),
            new XbrlFile(taxonomy.CalculationFileName, LinkbaseWriter.Calculation(taxonomy)),
            new XbrlFile(taxonomy.InstanceFileName, InstanceWriter.Write(taxonomy, facts)),
        ];
    }

    /// <summary>Writes every file into <paramref name="directory"/> (created if missing) and returns their paths.</summary>
    public static IReadOnlyList<string> Write(XbrlVocabulary vocabulary, string directory)
    {
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var file in Render(vocabulary))
        {
            var path = Path.Combine(directory, file.Name);
            File.WriteAllBytes(path, file.Bytes);
            paths.Add(path);
        }
        return paths;
    }
}
