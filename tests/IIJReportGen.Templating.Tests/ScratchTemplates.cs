using IIJReportGen.Diagnostics;

namespace IIJReportGen.Templating.Tests;

/// <summary>A throw-away templates folder holding one document template (and any partials), for sandbox and helper tests.</summary>
internal sealed class ScratchTemplates : IDisposable
{
    public const string Document = "scratch";

    private readonly string _base = Path.Combine(Path.GetTempPath(), "iijreportgen-templates-" + Guid.NewGuid().ToString("N"));

    public ScratchTemplates(string body, params (string Name, string Text)[] partials)
    {
        Root = Path.Combine(_base, "templates");
        Write($"{Document}/{Document}.sbnhtml", body);
        foreach (var (name, text) in partials)
            Write(name, text);
    }

    public string Root { get; }

    /// <summary>A folder next to templates/, outside the sandbox.</summary>
    public string Outside => Path.Combine(_base, "outside");

    public string MainTemplate => DisplayPath($"{Document}/{Document}.sbnhtml");

    /// <summary>How findings name a file of this folder: its full path (the folder is not under the current directory).</summary>
    public string DisplayPath(string name) => Root + "/" + name;

    /// <summary>The finding with its file named from the templates folder ("templates/scratch/scratch.sbnhtml"), once checked
    /// that the finding named it by this folder's full path.</summary>
    public Diagnostic FromFolder(Diagnostic finding)
    {
        var file = finding.Location!.File;
        Assert.StartsWith(Root + "/", file);
        return finding with { Location = finding.Location with { File = "templates/" + file[(Root.Length + 1)..] } };
    }

    /// <summary>Renders the scratch document with the given model.</summary>
    public RenderResult Render(Dataset.Measures.ReportModel model, RenderOptions? options = null) =>
        DocumentRenderer.Render(model, Root, Document, options);

    /// <summary>Wraps a fragment in a minimal XHTML page.</summary>
    public static string Page(string fragment) => $"<html {{{{ namespaces }}}}><body>{fragment}</body></html>";

    public void Write(string name, string text)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose()
    {
        if (Directory.Exists(_base))
            Directory.Delete(_base, recursive: true);
    }
}
