using System.Security.Cryptography;
using System.Text;
using Mingle.Demo;

namespace Mingle.Tests.Demo;

/// <summary>A SHA-256 over everything a demo organisation holds, so determinism tests compare one value.</summary>
static class DemoFingerprint
{
    public static string Of(DemoOrganisation org)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Text(string? s) => hash.AppendData(Encoding.UTF8.GetBytes((s ?? "\0") + "\u0001"));
        void Number(long n) => hash.AppendData(BitConverter.GetBytes(n));
        foreach (var u in org.Units) Text(u.ToString());
        foreach (var l in org.Locations) Text(l.ToString());
        for (var p = 0; p < org.PeopleCount; p++)
        {
            Text(org.Names[p]); Text(org.Emails[p]); Text(org.Titles[p]); Text(org.Languages[p]); Text(org.Bios[p]);
            Number(org.UnitOf[p]); Number(org.ManagerOf[p]); Number(org.LocationOf[p]); Number(org.Levels[p]);
            Number(org.HireDates[p].DayNumber);
        }
        foreach (var s in org.PersonSkills) Text(s.ToString());
        foreach (var i in org.PersonInterests) Number(((long)i.Person << 32) | (uint)i.Interest);
        foreach (var o in org.Offers) Text(o.ToString());
        foreach (var a in org.Asks) Text(a.ToString());
        foreach (var r in org.Roles) Text(r.ToString());
        foreach (var b in org.Bridges) Number(b);
        foreach (var i in org.Interactions)
        {
            Number(((long)i.From << 32) | (uint)i.To);
            Number(((long)i.Minute << 32) | ((long)i.Type << 16) | (ushort)i.Count);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
