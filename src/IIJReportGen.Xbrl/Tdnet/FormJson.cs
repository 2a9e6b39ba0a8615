using System.Text;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Xbrl.Tdnet;

/// <summary>A JSON file of templates/tdnet/ read with line information, every finding about it reported as XBRL002.</summary>
/// <remarks>The dataset's object reader does the property-by-property reading (wrong types, unknown properties with a
/// "did you mean"); its findings are re-coded, since the file is the summary form's, not the dataset's.</remarks>
internal sealed class FormJson
{
    private readonly DiagnosticBag _found = new();

    private FormJson(JsonItem root, JsonSource source)
    {
        Root = new ObjectReader(root, source, _found);
        Source = source;
    }

    public ObjectReader Root { get; }

    public JsonSource Source { get; }

    /// <summary>The file as an object reader, or null with an XBRL002 finding when it is not a JSON object.</summary>
    /// <remarks>Read as strictly as a dataset (no comments: a form says its remarks in "$comment"). Its strings and numbers
    /// are not checked as a dataset's are: the form's words are TSE's names and labels, and no form field is a number, so a
    /// number anywhere (one beyond a decimal's range too) is refused as the wrong type.</remarks>
    public static FormJson? Parse(string name, string text, DiagnosticBag diagnostics)
    {
        var tree = JsonTree.Read(name, Encoding.UTF8.GetBytes(text));
        if ((tree.Syntax ?? tree.Fault) is { } malformed)
            diagnostics.Add(malformed with { Code = XbrlCodes.SummaryForm });
        else if (tree.Root is { Kind: JsonKind.Object } root)
            return new FormJson(root, tree.Source);
        else
            diagnostics.Add(Error("The file must be a JSON object { … }.", new SourceLocation(name, 1, 1, "$"), "See templates/tdnet/README.md."));
        return null;
    }

    /// <summary>An XBRL002 finding about a token of this file.</summary>
    public void Report(JsonItem token, string message, string hint) => _found.Add(Error(message, Source.Of(token), hint));

    /// <summary>Hands every finding so far to <paramref name="diagnostics"/> as XBRL002; true when there was none.</summary>
    public bool Finish(DiagnosticBag diagnostics)
    {
        foreach (var finding in _found)
            diagnostics.Add(finding with { Code = XbrlCodes.SummaryForm });
        return !_found.HasErrors;
    }

    public static Diagnostic Error(string message, SourceLocation location, string hint) =>
        Diagnostic.Error(XbrlCodes.SummaryForm, message, location, hint);
}
