using Microsoft.EntityFrameworkCore;
using Mingle.Data;
using Mingle.People;

namespace Mingle.Web.Tests.Support;

public sealed class PersonBuilder(string name, string employeeId, string email)
{
    string? unitPath;
    string? location;
    string? title;
    int? level;
    Person? manager;
    PersonStatus status = PersonStatus.Active;
    readonly List<(string Name, int Level, bool Teach, string[] Aliases)> skills = [];
    readonly List<string> interests = [];
    readonly List<string> offers = [];
    readonly List<string> asks = [];

    public PersonBuilder InUnit(string path) { unitPath = path; return this; }

    public PersonBuilder At(string site) { location = site; return this; }

    public PersonBuilder Titled(string value) { title = value; return this; }

    public PersonBuilder AtLevel(int value) { level = value; return this; }

    public PersonBuilder ReportingTo(Person value) { manager = value; return this; }

    public PersonBuilder WhoLeft() { status = PersonStatus.Left; return this; }

    public PersonBuilder WithSkill(string skill, int skillLevel = 3, bool canTeach = false, params string[] aliases)
    {
        skills.Add((skill, skillLevel, canTeach, aliases));
        return this;
    }

    public PersonBuilder WithInterest(string interest) { interests.Add(interest); return this; }

    public PersonBuilder Offering(string text) { offers.Add(text); return this; }

    public PersonBuilder Asking(string text) { asks.Add(text); return this; }

    public async Task<Person> SaveAsync(MingleDb db)
    {
        var person = new Person
        {
            EmployeeId = employeeId,
            Email = email,
            Name = name,
            Title = title,
            Level = level,
            ManagerId = manager?.Id,
            Status = status,
            OrgUnitId = unitPath is null ? null : (await UnitAsync(db, unitPath)).Id,
        };
        if (location is not null)
        {
            person.Location = await db.Locations.SingleOrDefaultAsync(l => l.Name == location)
                ?? new Location { Name = location, Country = "PT", TimeZone = "Europe/Lisbon" };
        }
        foreach (var (skillName, skillLevel, teach, aliases) in skills)
        {
            var normalized = Skill.Normalize(skillName);
            var skill = await db.Skills.SingleOrDefaultAsync(s => s.NormalizedName == normalized)
                ?? new Skill { Name = skillName, NormalizedName = normalized, Aliases = [.. aliases.Select(a => new SkillAlias { Alias = a })] };
            person.Skills.Add(new PersonSkill { Skill = skill, Level = skillLevel, CanTeach = teach });
        }
        foreach (var i in interests)
        {
            var normalized = Skill.Normalize(i);
            var interest = await db.Interests.SingleOrDefaultAsync(x => x.NormalizedName == normalized)
                ?? new Interest { Name = i, NormalizedName = normalized };
            person.Interests.Add(new PersonInterest { Interest = interest });
        }
        foreach (var o in offers) person.Offers.Add(new Offer { Text = o });
        foreach (var a in asks) person.Asks.Add(new Ask { Text = a });
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    /// <summary>Finds or creates the unit and its ancestors.</summary>
    static async Task<OrgUnit> UnitAsync(MingleDb db, string path)
    {
        OrgUnit? parent = null;
        var parts = path.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var current = string.Join('/', parts[..(i + 1)]);
            var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Path == current);
            if (unit is null)
            {
                unit = new OrgUnit { Name = parts[i], Path = current, Parent = parent, Depth = i, Function = parts[0] };
                db.OrgUnits.Add(unit);
                await db.SaveChangesAsync();
            }
            parent = unit;
        }
        return parent!;
    }
}
