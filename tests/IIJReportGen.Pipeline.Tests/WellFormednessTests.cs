using System.Xml;
using System.Xml.Linq;
using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>Every XHTML and XBRL output parses back as XML, and dataset text holding markup is shown as text, never interpreted.</summary>
public sealed class WellFormednessTests : IDisposable
{
    private const string Hostile = "<script>alert('x')</script> R&D ]]> <b>bold</b>";
    private const string HostileName = "Internet Initiative Japan & <i>Partners</i> ]]> Inc.";

    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-xml-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void EveryXmlOutputParsesAndDatasetMarkupIsEscaped()
    {
        var dataset = Path.Combine(_folder, "hostile.json");
        File.WriteAllText(dataset, ReviewedTexts.MarkAll(File.ReadAllText(RepositoryPaths.BundledDataset)
            .Replace("\"about\": \"Founded in 1992,", "\"about\": " + Json(Hostile + " Founded in 1992,")[..^1], StringComparison.Ordinal)
            .Replace("\"name\": \"Internet Initiative Japan Inc.\"", "\"name\": " + Json(HostileName), StringComparison.Ordinal)));
        var output = Path.Combine(_folder, "out");
        var result = ReportBuild.Run(new BuildRequest(dataset, output, Path.Combine(RepositoryPaths.Root, "templates"), RepositoryPaths.Root));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error)));

        var xmlOutputs = result.Outputs.Where(o => Path.GetExtension(o) is ".xhtml" or ".xbrl" or ".xsd" or ".xml").ToList();
        Assert.Equal(BuildRequest.Documents.Select(d => d + ".xhtml"), xmlOutputs.Where(o => o.EndsWith(".xhtml", StringComparison.Ordinal)));
        Assert.Contains(xmlOutputs, o => o.EndsWith(".xbrl", StringComparison.Ordinal));
        var documents = xmlOutputs.ToDictionary(o => o, o => Parse(Path.Combine(output, o)));

        var release = documents["press-release.xhtml"];
        Assert.DoesNotContain(release.Descendants(), e => e.Name.LocalName is "script" or "i");
        Assert.Contains(release.Descendants().Where(e => e.Name.LocalName == "p"), p => p.Value.StartsWith(Hostile + " Founded in 1992,", StringComparison.Ordinal));
        Assert.Contains(release.Descendants().Where(e => e.Name.LocalName == "p"), p => p.Value.Contains(HostileName, StringComparison.Ordinal));
        Assert.Contains(HostileName, documents["tse-summary.xhtml"].Root!.Value, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; R&amp;D ]]&gt;", File.ReadAllText(Path.Combine(output, "press-release.xhtml")));
    }

    private static XDocument Parse(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
