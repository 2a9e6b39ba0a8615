using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Model;

/// <summary>A person read a text as it stood: its key and the fingerprint of its words and the figures it cited then.</summary>
public sealed record ReviewMark(string Key, string Fingerprint, SourceLocation Location) : IKeyed;
