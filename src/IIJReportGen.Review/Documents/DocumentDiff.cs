using IIJReportGen.Review.Alignment;

namespace IIJReportGen.Review.Documents;

/// <summary>Compares two builds of one XHTML document: a sentence redline of the prose and a cell-by-cell diff of the tables.</summary>
public static class DocumentDiff
{
    /// <summary>Below this share of common words two paragraphs (or sentences) are unrelated: a deletion and an insertion, not an edit.</summary>
    private const double EditedSimilarity = 0.5;

    /// <summary>The changes from <paramref name="oldXhtml"/> to <paramref name="newXhtml"/>.</summary>
    /// <exception cref="System.Xml.XmlException">A document is not well-formed.</exception>
    public static DocumentChanges Compare(string document, string oldXhtml, string newXhtml)
    {
        var before = XhtmlDocument.Parse(oldXhtml);
        var after = XhtmlDocument.Parse(newXhtml);
        return new DocumentChanges(document, CompareProse(before.Prose, after.Prose), TableDiff.Compare(before.Tables, after.Tables));
    }

    private static List<ProseChange> CompareProse(IReadOnlyList<ProseBlock> before, IReadOnlyList<ProseBlock> after)
    {
        var changes = new List<ProseChange>();
        var blocks = SequenceAlignment.AlignPairingGaps(before.Count, after.Count,
            (i, j) => before[i].Text == after[j].Text,
            (i, j) => Redline.Similarity(before[i].Text, after[j].Text) >= EditedSimilarity);
        foreach (var pair in blocks)
        {
            if (pair is { Old: { } o, New: { } n })
                CompareSentences(before[o], after[n], changes);
            else if (pair.New is { } inserted)
                changes.Add(Whole(ChangeKind.Inserted, after[inserted]));
            else
                changes.Add(Whole(ChangeKind.Deleted, before[pair.Old!.Value]));
        }
        return changes;
    }

    private static void CompareSentences(ProseBlock before, ProseBlock after, List<ProseChange> changes)
    {
        if (before.Text == after.Text)
            return;
        var sentences = SequenceAlignment.AlignPairingGaps(before.Sentences.Count, after.Sentences.Count,
            (i, j) => before.Sentences[i] == after.Sentences[j],
            (i, j) => Redline.Similarity(before.Sentences[i], after.Sentences[j]) >= EditedSimilarity);
        foreach (var pair in sentences)
        {
            var old = pair.Old is { } o ? before.Sentences[o] : null;
            var @new = pair.New is { } n ? after.Sentences[n] : null;
            if (old == @new)
                continue;
            var kind = old is null ? ChangeKind.Inserted : @new is null ? ChangeKind.Deleted : ChangeKind.Changed;
            changes.Add(new ProseChange(kind, after.Section, after.Element, old, @new, Redline.Of(old ?? "", @new ?? "")));
        }
    }

    private static ProseChange Whole(ChangeKind kind, ProseBlock block) =>
        kind == ChangeKind.Inserted
            ? new ProseChange(kind, block.Section, block.Element, null, block.Text, Redline.Of("", block.Text))
            : new ProseChange(kind, block.Section, block.Element, block.Text, null, Redline.Of(block.Text, ""));
}
