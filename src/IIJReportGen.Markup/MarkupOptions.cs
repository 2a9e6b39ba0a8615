namespace IIJReportGen.Markup;

/// <summary>Choices the caller makes about reading a document.</summary>
public sealed record MarkupOptions
{
    /// <summary>The folder linked stylesheets and images must lie in; by default the XHTML file's own folder.</summary>
    public string? ResourceRoot { get; init; }
}
