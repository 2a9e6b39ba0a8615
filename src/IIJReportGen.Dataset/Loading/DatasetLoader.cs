using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

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

    private static (JsonItem Root, JsonSource Source)? ParseJson(byte[] bytes, string file, DiagnosticBag diagnostics)
    {
        var json = bytes.AsMemory(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0);
        var tree = JsonTree.Read(file, json);
        // In the order the dataset's findings have always come: syntax, encoding, the first duplicate key or unreadable
        // number, a root that is no object, then every bad character and every number beyond a decimal's range.
        if (tree.Syntax is { } syntax)
            diagnostics.Add(syntax);
        else if (!Utf8.IsValid(json.Span))
            diagnostics.Add(NotUtf8(json.Span, tree.Source));
        else if (tree.Fault is { } fault)
            diagnostics.Add(fault);
        else if (tree.Root is not { Kind: JsonKind.Object } root)
            diagnostics.Add(Diagnostic.Error(DatasetCodes.WrongType, "The dataset must be a JSON object { … }.",
                new SourceLocation(file, 1, 1, "$"), "Start the file with '{' and the sections described in data/README.md."));
        else
        {
            diagnostics.AddRange(tree.BadCharacters);
            diagnostics.AddRange(tree.BeyondDecimal);
            return tree.BadCharacters.Count + tree.BeyondDecimal.Count == 0 ? (root, tree.Source) : null;
        }
        return null;
    }

    /// <summary>Where the first byte that is not UTF-8 is (the JSON reader does not check inside strings), located as every
    /// other finding: its line (\r\n and \r end lines too) and UTF-16 column.</summary>
    private static Diagnostic NotUtf8(ReadOnlySpan<byte> json, JsonSource source)
    {
        var at = 0;
        while (Rune.DecodeFromUtf8(json[at..], out _, out var length) == OperationStatus.Done)
            at += length;
        var (line, column) = source.Position(at);
        return Diagnostic.Error(DatasetCodes.MalformedJson, "Malformed JSON: the file is not valid UTF-8 at this byte.",
            new SourceLocation(source.File, line, column), "Save the file as UTF-8.");
    }
}
