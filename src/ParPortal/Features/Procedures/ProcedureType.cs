using ParPortal.Content;
using ParPortal.Features.Content.Types;

namespace ParPortal.Features.Procedures;

/// <summary>Administrative procedures (thủ tục hành chính): the national code and every part NĐ 63/2010 lists.</summary>
public sealed class ProcedureType() : ContentTypeDefinition<ProcedureVersion, ProcedureInput>(ContentTypes.Procedure, "Thủ tục hành chính", Path)
{
    /// <summary>The lookup page; each procedure is at <c>/thu-tuc/{slug}</c>.</summary>
    public const string Path = "/thu-tuc";

    public override string? PreviewPage => "/Procedures/Public/Detail";

    public static string Url(string slug) => $"{Path}/{slug}";

    // Citizens search by what a procedure is about and needs, so every section that is text is indexed.
    protected override ContentSearchText SearchTextOf(ProcedureVersion p, Func<string?, string> plainText) =>
        new(ContentSearchText.Join(
            [
                p.Field, p.ImplementingAgency, p.DecidingAgency, p.Subjects, p.Requirements, p.Results,
                .. p.Channels.SelectMany(c => new[] { c.ProcessingTime, c.Fee }),
                .. p.Steps,
                .. p.Dossier.Select(d => d.Name),
                .. p.LegalBases.Select(l => $"{l.Number} {l.Title}"),
            ]), p.Code);
}
