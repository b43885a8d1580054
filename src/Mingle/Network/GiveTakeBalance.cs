using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.Errors;
using Mingle.People;

namespace Mingle.Network;

/// <summary>
/// Give/take balance from my own interaction log. A relationship is lopsided when one side has at least
/// <see cref="MinimumForFlag"/> acts and at least three times the other side's: a couple of favours either way is
/// normal, a pattern is worth a nudge.
/// </summary>
public sealed partial class GiveTakeBalance(MingleDb db, TimeProvider clock)
{
    public const int MinimumForFlag = 3;
    public const int MaxWindowDays = 730;

    static readonly InteractionType[] HelpTypes =
        [InteractionType.Help, InteractionType.HelpGiven, InteractionType.HelpReceived, InteractionType.Advice, InteractionType.Mentoring];

    /// <summary>Parses "90d" (days); the window must be 1 to 730 days.</summary>
    public static int? ParseWindow(string? window)
    {
        if (string.IsNullOrWhiteSpace(window)) return 90;
        var match = WindowPattern().Match(window.Trim());
        return match.Success && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= MaxWindowDays
            ? days
            : null;
    }

    public async Task<BalanceReport> ForAsync(int me, string? window, CancellationToken ct)
    {
        var days = ParseWindow(window) ?? throw new ValidationException("window", $"Window must look like 90d (1 to {MaxWindowDays} days).");
        var now = clock.GetUtcNow().UtcDateTime;
        var start = DateOnly.FromDateTime(now).AddDays(-days).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var rows = await db.Interactions.AsNoTracking().VisibleTo(me)
            .Where(i => i.OccurredAt >= start && HelpTypes.Contains(i.Type))
            .Select(i => new { i.FromPersonId, i.ToPersonId, i.Type, i.Count })
            .ToListAsync(ct);

        var tally = new Dictionary<int, (int Given, int Received)>();
        foreach (var r in rows)
        {
            var other = r.FromPersonId == me ? r.ToPersonId : r.FromPersonId;
            // HelpReceived logged From=me means they helped me; every other help type reads From → To as giver → receiver.
            var iGave = r.Type == InteractionType.HelpReceived ? r.FromPersonId != me : r.FromPersonId == me;
            var (given, received) = tally.GetValueOrDefault(other);
            tally[other] = iGave ? (given + r.Count, received) : (given, received + r.Count);
        }

        var ids = tally.Keys.ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new PersonSummary(p.Id, p.PreferredName ?? p.Name, p.Title, p.OrgUnitId, p.OrgUnit!.Name,
                p.LocationId, p.Location!.Name, p.Level, p.PhotoUrl))
            .ToDictionaryAsync(p => p.Id, ct);
        var takingFrom = tally.Where(t => Lopsided(t.Value.Given, t.Value.Received) == "taking").Select(t => t.Key).ToList();
        var giveBack = await GiveBackAsync(me, takingFrom, ct);

        var relationships = tally.Where(t => people.ContainsKey(t.Key)).Select(t =>
        {
            var person = people[t.Key];
            var flag = Lopsided(t.Value.Given, t.Value.Received);
            return new RelationshipBalance(person, t.Value.Given, t.Value.Received, flag, Sentence(flag, person.Name, t.Value, days),
                giveBack.GetValueOrDefault(t.Key) ?? []);
        }).OrderByDescending(r => r.Lopsided is not null).ThenByDescending(r => r.Given + r.Received).ThenBy(r => r.Person.Name).ToList();
        return new BalanceReport(days, tally.Values.Sum(t => t.Given), tally.Values.Sum(t => t.Received), relationships);
    }

    static string? Lopsided(int given, int received) =>
        received >= MinimumForFlag && received >= 3 * given ? "taking"
        : given >= MinimumForFlag && given >= 3 * received ? "giving"
        : null;

    static string? Sentence(string? flag, string name, (int Given, int Received) t, int days)
    {
        var span = days % 30 == 0 ? (days == 30 ? "a month" : $"{days / 30} months") : $"{days} days";
        return flag switch
        {
            "taking" => $"You have asked {name} for help {Times(t.Received)} in {span} and "
                + (t.Given == 0 ? "offered nothing." : $"helped back only {Times(t.Given)}."),
            "giving" => $"You have helped {name} {Times(t.Given)} in {span} and "
                + (t.Received == 0 ? "asked for nothing back." : $"been helped back only {Times(t.Received)}."),
            _ => null,
        };
        static string Times(int n) => n == 1 ? "once" : $"{n} times";
    }

    /// <summary>Their open asks matching one of my skills or offers, by skill id or by text (case-insensitive, either way round).</summary>
    async Task<Dictionary<int, IReadOnlyList<string>>> GiveBackAsync(int me, List<int> people, CancellationToken ct)
    {
        if (people.Count == 0) return [];
        var mySkills = await db.PersonSkills.AsNoTracking().Where(s => s.PersonId == me)
            .Select(s => new { s.SkillId, s.Skill!.Name }).ToListAsync(ct);
        var myOffers = await db.Offers.AsNoTracking().Where(o => o.PersonId == me).Select(o => new { o.SkillId, o.Text }).ToListAsync(ct);
        var skillIds = mySkills.Select(s => (int?)s.SkillId).Concat(myOffers.Where(o => o.SkillId != null).Select(o => o.SkillId)).ToHashSet();
        var texts = mySkills.Select(s => s.Name).Concat(myOffers.Select(o => o.Text))
            .Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList();

        var asks = await db.Asks.AsNoTracking().Where(a => people.Contains(a.PersonId) && a.IsOpen)
            .Select(a => new { a.PersonId, a.SkillId, a.Text }).ToListAsync(ct);
        return asks
            .Where(a => (a.SkillId is not null && skillIds.Contains(a.SkillId))
                || texts.Exists(t => a.Text.Contains(t, StringComparison.OrdinalIgnoreCase)
                    || t.Contains(a.Text.Trim(), StringComparison.OrdinalIgnoreCase)))
            .GroupBy(a => a.PersonId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(a => a.Text).ToList());
    }

    [GeneratedRegex("^([0-9]{1,4})d$", RegexOptions.IgnoreCase)]
    private static partial Regex WindowPattern();
}
