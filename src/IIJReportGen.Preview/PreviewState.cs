using System.Text.Json.Serialization;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Preview;

/// <summary>What the page shows after a build, as the page's script receives it (GET /state, and each server-sent event).</summary>
/// <param name="Build">The build's number (1 is the first; 0 while it runs).</param>
/// <param name="Status">One line: the build's outcome, and whose pages are shown.</param>
/// <param name="Succeeded">Whether this build succeeded (false while the first one runs).</param>
/// <param name="PagesOfBuild">The build whose pages and redline are shown: the last that succeeded, or null.</param>
/// <param name="Documents">Each document's pages, as URLs of this server.</param>
/// <param name="Findings">This build's findings, errors first.</param>
public sealed record PreviewState(int Build, string Status, bool Succeeded, int? PagesOfBuild, IReadOnlyList<PreviewDocument> Documents, IReadOnlyList<PreviewFinding> Findings);

/// <summary>One document and the URLs of its pages, in order.</summary>
public sealed record PreviewDocument(string Name, IReadOnlyList<string> Pages);

/// <summary>A finding as the page lists it; <paramref name="Location"/> is "file:line:col (json-path)", the file a person edits.</summary>
public sealed record PreviewFinding(string Severity, string Code, string Message, string? Location, string? Hint)
{
    public static PreviewFinding Of(Diagnostic diagnostic) =>
        new(diagnostic.Severity.ToString().ToLowerInvariant(), diagnostic.Code, diagnostic.Message, diagnostic.Location?.ToString(), diagnostic.Hint);
}

/// <summary>Source-generated JSON: no reflection, so the server runs in the native (AOT) binary.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PreviewState))]
internal sealed partial class PreviewJson : JsonSerializerContext;
