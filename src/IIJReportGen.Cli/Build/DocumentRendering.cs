using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Templating;

namespace IIJReportGen.Cli.Build;

/// <summary>Renders a dataset's documents as XHTML only (no layout), for comparing two datasets' prose and tables.</summary>
public static class DocumentRendering
{
    /// <summary>Writes &lt;document&gt;.xhtml for every document into <paramref name="folder"/>; false when the dataset or a template has errors.</summary>
    public static bool RenderXhtml(string dataset, string templatesRoot, string folder)
    {
        if (DatasetLoader.Load(dataset).Dataset is not { } loaded)
            return false;
        var model = new ReportModel(loaded);
        Directory.CreateDirectory(folder);
        foreach (var document in BuildRequest.Documents)
        {
            var rendered = DocumentRenderer.Render(model, templatesRoot, document);
            if (!rendered.Succeeded)
                return false;
            File.WriteAllText(Path.Combine(folder, document + ".xhtml"), rendered.Xhtml);
        }
        return true;
    }
}
