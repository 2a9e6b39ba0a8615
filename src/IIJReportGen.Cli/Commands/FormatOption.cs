using System.CommandLine;

namespace IIJReportGen.Cli.Commands;

/// <summary>The --format option shared by the commands that print findings.</summary>
internal static class FormatOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--format")
        {
            Description = "How to print findings: text (for people) or json (for pipelines).",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }
}
