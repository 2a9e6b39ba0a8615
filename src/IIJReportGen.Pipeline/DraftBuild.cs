using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;
using IIJReportGen.Pdf;
using IIJReportGen.Templating;
using IIJReportGen.Validation;

namespace IIJReportGen.Pipeline;

/// <summary>
/// What makes a build a draft (`build --draft`): it goes to its own folder beside the final one, a figure the dataset does
/// not have yet is a placeholder (its finding a warning, not an error), every page carries the DRAFT mark (a picture, not
/// text), the manifest and the PDFs' metadata say "draft", and no XBRL is written.
/// </summary>
public static class DraftBuild
{
    public const string FolderSuffix = "-draft";

    /// <summary>Where a draft of a build into <paramref name="outputDirectory"/> goes: "&lt;out&gt;-draft", never the final build's folder.</summary>
    public static string Folder(string outputDirectory) => Path.TrimEndingDirectorySeparator(outputDirectory) + FolderSuffix;

    /// <summary>The findings a draft builds past: a figure still to fill becomes a warning (the draft shows its placeholder).</summary>
    public static DiagnosticBag Tolerate(DiagnosticBag findings)
    {
        var draft = new DiagnosticBag();
        foreach (var finding in findings)
            draft.Add(finding is { Severity: Severity.Error, Code: ValidationCodes.MissingFact }
                ? Diagnostic.Warning(PipelineCodes.DraftPlaceholder, finding.Message + " The draft shows a placeholder.", finding.Location, finding.Hint)
                : finding);
        return draft;
    }

    internal static RenderOptions? Rendering(BuildRequest request) => request.Draft ? new RenderOptions(Draft: true) : null;

    internal static LaidOutDocument Marked(BuildRequest request, LaidOutDocument document) =>
        request.Draft ? DraftMark.On(document, FontLibrary.Shared) : document;

    internal static PdfMetadata Metadata(BuildRequest request, PdfMetadata metadata) => request.Draft
        ? metadata with { Title = "DRAFT: " + metadata.Title, Keywords = metadata.Keywords.Length > 0 ? metadata.Keywords + ", draft" : "draft" }
        : metadata;
}
