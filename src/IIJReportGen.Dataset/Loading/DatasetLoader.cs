using System.Globalization;
using System.Text;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Dataset.Loading;

/// <summary>The outcome of loading a dataset: the model when it is usable, every finding, and the bytes read (when the file could be read).</summary>
public sealed record LoadResult(ReportDataset? Dataset, DiagnosticBag Diagnostics, byte[]? Bytes = null);

/// <summary>Loads a dataset file into the typed model, reporting every problem with file:line:col and JSON path.</summary>
public static class DatasetLoader
{
    /// <summary>Datasets larger than this are refused (a period's dataset is well under 1 MB).</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>Loads and checks a dataset file; never throws for bad input.</summary>
    public static LoadResult Load(string path)
    {
        var diagnostics = new DiagnosticBag();
        var bytes = Read(path, diagnostics);
        if (bytes is null)
            return new LoadResult(null, diagnostics);
        return Parse(bytes, path, diagnostics);
    }

    /// <summary>Loads a dataset from bytes, naming them as <paramref name="file"/> in findings.</summary>
    public static LoadResult Parse(byte[] bytes, string file, DiagnosticBag? diagnostics = null)
    {
        diagnostics ??= new DiagnosticBag();
        if (ParseJson(bytes, file, diagnostics) is not var (root, source))
            return new LoadResult(null, diagnostics);
        var dataset = new DatasetReader(source, diagnostics).Read(root);
        if (dataset is not null && !diagnostics.HasErrors)
            ReferenceCheck.Run(dataset, diagnostics);
        return new LoadResult(diagnostics.HasErrors ? null : dataset, diagnostics, bytes);
    }

    private static byte[]? Read(string path, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Add(Diagnostic.Error(DatasetCodes.Unreadable, $"Dataset file '{path}' does not exist.", location,
                    "Check the path, or run from the repository root where data/ is."));
                return null;
            }
            if (info.Length > MaxBytes)
            {
                diagnostics.Add(Diagnostic.Error(DatasetCodes.TooLarge,
                    string.Create(CultureInfo.InvariantCulture, $"Dataset file is {info.Length:N0} bytes; the limit is {MaxBytes:N0}."), location,
                    "A period's dataset is far smaller: check that this is the right file."));
                return null;
            }
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DatasetCodes.Unreadable, $"Cannot read dataset file: {e.Message}", location,
                "Check that the file exists and is readable."));
            return null;
        }
    }

    private static (JObject Root, JsonSource Source)? ParseJson(byte[] bytes, string file, DiagnosticBag diagnostics)
    {
        // System.Text.Json first: it is strict (no comments, no trailing commas, valid UTF-8 only),
        // which Newtonsoft is not; Newtonsoft then builds the tree with line information.
        if (StrictJsonScan.Run(bytes, file, diagnostics) is not { } scan || Decode(bytes, file, diagnostics) is not { } text)
            return null;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { FloatParseHandling = FloatParseHandling.Decimal, DateParseHandling = DateParseHandling.None };
            var token = JToken.Load(reader, new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
            });
            if (token is JObject json)
            {
                var source = new JsonSource(file, text);
                var clean = (!scan.MayHoldUnshowableText || TextCharacterCheck.Run(json, source, diagnostics))
                    & (!scan.HasLongIntegers || LargeIntegerCheck.Run(json, source, diagnostics));
                return clean ? (json, source) : null;
            }
            diagnostics.Add(Diagnostic.Error(DatasetCodes.WrongType, "The dataset must be a JSON object { … }.",
                new SourceLocation(file, 1, 1, "$"), "Start the file with '{' and the sections described in data/README.md."));
            return null;
        }
        catch (JsonReaderException e)
        {
            diagnostics.Add(NewtonsoftError(e, file));
            return null;
        }
    }

    /// <summary>Strict UTF-8 decoding (the JSON reader does not check inside strings), without the BOM.</summary>
    private static string? Decode(byte[] bytes, string file, DiagnosticBag diagnostics)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            var before = bytes.AsSpan(0, Math.Max(e.Index, 0));
            var line = before.Count((byte)'\n') + 1;
            var column = before.Length - (before.LastIndexOf((byte)'\n') + 1) + 1;
            diagnostics.Add(Diagnostic.Error(DatasetCodes.MalformedJson, "Malformed JSON: the file is not valid UTF-8 at this byte.",
                new SourceLocation(file, line, column), "Save the file as UTF-8."));
            return null;
        }
    }

    private static Diagnostic NewtonsoftError(JsonReaderException e, string file)
    {
        var location = new SourceLocation(file, e.LineNumber, e.LinePosition, "$" + (string.IsNullOrEmpty(e.Path) ? "" : "." + e.Path));
        if (e.Message.StartsWith("Property with the name", StringComparison.Ordinal))
            return Diagnostic.Error(DatasetCodes.DuplicateKey, $"Duplicate key '{LastSegment(e.Path ?? "")}' in the same object.", location,
                "Each key may appear once: remove or rename one of them.");
        if (e.Message.Contains("decimal", StringComparison.OrdinalIgnoreCase))
            return Diagnostic.Error(DatasetCodes.FigureOutOfRange, "A number is out of range for a financial figure.", location,
                "Figures must be finite and below 7.9e28; check the value.");
        return Diagnostic.Error(DatasetCodes.MalformedJson, "Malformed JSON: " + e.Message.Split(". Path", 2)[0] + ".", location,
            "Fix the JSON syntax at this position.");
    }

    private static string LastSegment(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot < 0 ? path : path[(dot + 1)..].Trim('[', ']', '\'');
    }
}
