namespace IIJReportGen.Pdf;

/// <summary>The PDF's document information; dates come from the caller (the dataset), never from the clock, so output is reproducible.</summary>
public sealed record PdfMetadata(DateTimeOffset Created, DateTimeOffset Modified)
{
    public string Title { get; init; } = "";

    public string Author { get; init; } = "";

    public string Subject { get; init; } = "";

    public string Keywords { get; init; } = "";

    /// <summary>The document's natural language as a BCP 47 tag ("en", "ja"), written as the catalog's /Lang.</summary>
    public string Language { get; init; } = "";

    public string Creator { get; init; } = "IIJReportGen";

    public string Producer { get; init; } = "IIJReportGen";
}
