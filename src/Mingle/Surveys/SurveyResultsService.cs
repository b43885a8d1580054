using Microsoft.EntityFrameworkCore;
using Mingle.Audit;
using Mingle.Data;
using Mingle.Errors;
using Mingle.Graph;
using Mingle.Graph.Assortativity;
using Mingle.Graph.Cohesion;
using Mingle.Insights;

namespace Mingle.Surveys;

/// <summary>
/// Survey results, aggregates only (privacy rules 1 and 5). Nothing is shown until the response rate and the number
/// of respondents reach their minimums. Groups are units, decided by the insights <see cref="GroupVisibility"/> over
/// the respondents (so a group, and what is left of its parent without it, both hold at least k respondents).
/// Nominations feed a directed network among the audience, measured with Mingle.Graph. Comments appear only for
/// groups of at least 10 respondents whose complement among the respondents is also empty or at least 10.
/// Every view is audit-logged, also when it is withheld.
/// </summary>
public sealed class SurveyResultsService(MingleDb db, AuditLog audit, InsightsOptions options)
{
    public async Task<SurveyResults> ResultsAsync(int me, int id, string? level, CancellationToken ct)
    {
        var depth = level is null ? NetworkInsights.BreadthDepth : OrgStructure.DepthOf(level);
        if (depth < 0) throw new ValidationException("level", "Level is division, department or team.");
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new NotFoundException("survey", id);
        var k = options.K;
        var org = await new InsightsLoader(db, options).LoadStructureAsync(ct);
        var index = new Dictionary<int, int>(org.PeopleCount);
        for (var p = 0; p < org.PeopleCount; p++) index[org.PersonIds[p]] = p;

        var audienceUnits = survey.AudienceUnitIds.ToHashSet();
        var unitInAudience = new bool[org.Units.Length];
        for (var u = 0; u < org.Units.Length; u++)
            unitInAudience[u] = audienceUnits.Count == 0 || org.Ancestors[u].Any(a => audienceUnits.Contains(org.Units[a].Id));
        var inAudience = new bool[org.PeopleCount];
        for (var p = 0; p < org.PeopleCount; p++)
            inAudience[p] = audienceUnits.Count == 0 || (org.PersonUnit[p] is >= 0 and var u && unitInAudience[u]);
        var audienceSize = inAudience.Count(x => x);

        // Only people still active and in the audience count: someone who moved away or left no longer answers for it.
        var responses = (await db.SurveyResponses.AsNoTracking().AsSplitQuery().Include(r => r.ScaleAnswers).Include(r => r.Nominations)
                .Where(r => r.SurveyId == id).ToListAsync(ct))
            .Where(r => index.TryGetValue(r.RespondentId, out var p) && inAudience[p]).ToList();
        var respondents = responses.Count;
        var rate = audienceSize == 0 ? 0 : (double)respondents / audienceSize;
        if (rate < survey.MinResponseRate || respondents < k)
        {
            audit.Add(me, "surveys.results", $"survey:{id}", "withheld: not enough responses");
            await db.SaveChangesAsync(ct);
            return new SurveyResults(id, survey.Title, false,
                $"Not enough responses yet. Results appear once at least {survey.MinResponseRate:P0} of the audience " +
                $"and at least {k} people have answered.", k, survey.MinResponseRate, null, null, [], []);
        }

        var respondentOf = responses.Select(r => index[r.RespondentId]).ToArray();
        var respondentOrg = new OrgStructure(
            [.. responses.Select(r => r.RespondentId)],
            [.. respondentOf.Select(p => org.PersonUnit[p])],
            [.. respondentOf.Select(_ => -1)],
            [.. respondentOf.Select(_ => 0)],
            org.Units, org.Locations);
        var visibility = new GroupVisibility(respondentOrg, k);
        var groupOf = respondentOf.Select(p => org.UnitAt(p, depth)).ToArray();
        var groups = groupOf.Where(u => u >= 0).Distinct()
            .Where(u => visibility.IsVisible(GroupKey.OfUnit(u)))
            .OrderBy(u => org.Units[u].Name, StringComparer.Ordinal).ThenBy(u => u).ToList();
        var groupRespondents = groups.ToDictionary(u => u, u => groupOf.Count(g => g == u));
        // Whole-audience figures too are a group: hidden when they minus the visible groups would isolate a small one.
        var overall = visibility.IsVisible(GroupKey.Organisation);

        // The nominations network among the audience: node = audience member, arc = respondent named colleague.
        var audienceNodes = new int[org.PeopleCount];
        var audienceList = new List<int>();
        for (var p = 0; p < org.PeopleCount; p++)
        {
            audienceNodes[p] = inAudience[p] ? audienceList.Count : -1;
            if (inAudience[p]) audienceList.Add(p);
        }
        var labels = org.PartitionAt(depth);
        var nodeLabels = audienceList.Select(p => labels[p]).ToArray();

        var questions = new List<QuestionResults>();
        foreach (var q in survey.Questions.OrderBy(q => q.Position))
        {
            if (q.Kind == SurveyQuestionKind.Scale)
            {
                var values = new List<(int Group, int Value)>();
                for (var r = 0; r < responses.Count; r++)
                    foreach (var a in responses[r].ScaleAnswers.Where(a => a.QuestionId == q.Id)) values.Add((groupOf[r], a.Value));
                questions.Add(new QuestionResults(q.Id, "scale", q.Text, !overall || values.Count == 0 ? null : values.Average(v => v.Value), null,
                    [.. groups.Select(u => new GroupResult(org.Units[u].Id, org.Units[u].Name, groupRespondents[u],
                        values.Where(v => v.Group == u).Select(v => (double)v.Value).DefaultIfEmpty(double.NaN).Average() is var avg && double.IsNaN(avg) ? null : avg,
                        null, null))]));
                continue;
            }
            var builder = new GraphBuilder(directed: true, weighted: false);
            builder.EnsureNodes(audienceList.Count);
            var arcs = 0;
            for (var r = 0; r < responses.Count; r++)
                foreach (var n in responses[r].Nominations.Where(n => n.QuestionId == q.Id))
                {
                    if (!index.TryGetValue(n.NomineeId, out var target) || audienceNodes[target] < 0) continue;
                    builder.AddEdge(audienceNodes[respondentOf[r]], audienceNodes[target]);
                    arcs++;
                }
            var graph = builder.Build();
            var ei = EIIndex.Compute(graph, nodeLabels);
            var goTo = new bool[graph.NodeCount];
            for (var v = 0; v < graph.NodeCount; v++) goTo[v] = graph.InDegree(v) >= SurveyRules.GoToNominations;
            var network = new NominationNetwork(graph.NodeCount, arcs, Density.Compute(graph),
                arcs == 0 ? 0 : Reciprocity.Compute(graph), Finite(ei.Index), goTo.Count(x => x));
            questions.Add(new QuestionResults(q.Id, "nameGenerator", q.Text, null, overall ? network : null,
                [.. groups.Select(u => new GroupResult(org.Units[u].Id, org.Units[u].Name, groupRespondents[u], null,
                    u < ei.GroupIndex.Length ? Finite(ei.GroupIndex[u]) : null,
                    Enumerable.Range(0, graph.NodeCount).Count(v => goTo[v] && nodeLabels[v] == u)))]));
        }

        var comments = new List<GroupComments>();
        if (survey.AllowComment && overall && respondents >= SurveyRules.MinCommentGroup)
        {
            comments.Add(new GroupComments(null, "All respondents", Comments(responses)));
            foreach (var u in groups)
            {
                var inside = groupRespondents[u];
                var rest = respondents - inside;
                if (inside < SurveyRules.MinCommentGroup || rest is > 0 and < SurveyRules.MinCommentGroup) continue;
                comments.Add(new GroupComments(org.Units[u].Id, org.Units[u].Name,
                    Comments(responses.Where((_, r) => groupOf[r] == u))));
            }
        }

        audit.Add(me, "surveys.results", $"survey:{id}", $"shown: {respondents} respondents, level {depth}");
        await db.SaveChangesAsync(ct);
        return new SurveyResults(id, survey.Title, true, null, k, survey.MinResponseRate, rate, respondents, questions, comments);
    }

    // Sorted, so the order says nothing about who answered when.
    static List<string> Comments(IEnumerable<SurveyResponse> responses) =>
        [.. responses.Select(r => r.Comment).OfType<string>().Order(StringComparer.Ordinal)];

    static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
