using Microsoft.EntityFrameworkCore;
using Mingle.People;

namespace Mingle.Tests.Support;

public class TestDatabaseTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_CreateSchema_WherePeopleCanBeStoredAndReadBack(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            db.People.Add(new Person { EmployeeId = "E1", Email = "ana@example.com", Name = "Ana", HireDate = new DateOnly(2020, 1, 2) });
            await db.SaveChangesAsync();
        }
        await using var read = database.NewContext();
        var ana = await read.People.SingleAsync();
        Assert.Equal("ana@example.com", ana.Email);
        Assert.Equal(new DateOnly(2020, 1, 2), ana.HireDate);
    }
}
