using System.Globalization;
using System.Text.RegularExpressions;

namespace IIJReportGen.Templating.Tests;

/// <summary>Rules every bundled template keeps: no typed figures, and the same XHTML under any culture.</summary>
public sealed partial class TemplateRulesTests
{
    /// <summary>Two or more digits in a row, or a digit group with a separator: a typed figure. Single digits (h1, "(2)", "2Q-end") are allowed.</summary>
    [GeneratedRegex(@"\d{2,}|\d[.,]\d")]
    private static partial Regex FigureLiteral();

    [Fact]
    public void No_template_types_a_figure()
    {
        var templates = Directory.GetFiles(RepositoryPaths.Templates, "*.sbnhtml", SearchOption.AllDirectories);
        Assert.NotEmpty(templates);
        var found = templates.SelectMany(file => File.ReadAllLines(file).Select((line, i) => (file, line: i + 1, match: FigureLiteral().Match(line))))
            .Where(hit => hit.match.Success)
            .Select(hit => $"{Path.GetRelativePath(RepositoryPaths.Root, hit.file)}:{hit.line}: '{hit.match.Value}'")
            .ToList();
        Assert.True(found.Count == 0, "Figures typed in templates (take them from the dataset):\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData("tse-summary")]
    [InlineData("press-release")]
    public void The_same_input_gives_the_same_xhtml_under_any_culture(string document)
    {
        var renders = new[] { "en-US", "de-DE", "ja-JP", "tr-TR" }.Select(name =>
        {
            var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                return Documents.Render(document).Xhtml;
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
            }
        }).ToList();
        Assert.All(renders, r => Assert.Equal(renders[0], r));
    }
}
