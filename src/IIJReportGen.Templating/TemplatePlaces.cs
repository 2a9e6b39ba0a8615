using IIJReportGen.Templating.Rendering;
using IIJReportGen.Templating.Rules;

namespace IIJReportGen.Templating;

/// <summary>
/// Where the templates name a table, text, concept or measure (a quoted "balance-sheet", "about", "TotalRevenues"): the
/// document and template line, read from the templates without rendering them, so a dataset that cannot be built yet (a
/// rolled skeleton) can still say where each figure to fill is used.
/// </summary>
public sealed class TemplatePlaces
{
    private readonly Dictionary<string, List<string>> _places = new(StringComparer.Ordinal);

    public TemplatePlaces(TemplateFiles files)
    {
        var folder = new TemplateFolder(files);
        foreach (var name in folder.Names())
        {
            var template = new TemplateSource(folder.DisplayPath(name), files.Text(name));
            var document = name.Split('/')[0];
            foreach (var piece in template.Pieces.Where(p => p.Kind == TemplatePieceKind.String && p.Text.Length > 2))
            {
                var quoted = piece.Text[1..^1];
                var place = $"{document} {template.Name}:{template.PositionOf(piece.Offset).Line}";
                if (!_places.TryGetValue(quoted, out var places))
                    _places[quoted] = places = [];
                if (!places.Contains(place))
                    places.Add(place);
            }
        }
    }

    /// <summary>"press-release templates/press-release/press-release.sbnhtml:23" for each line that quotes the name, in folder order.</summary>
    public IReadOnlyList<string> Of(string name) => _places.TryGetValue(name, out var places) ? places : [];
}
