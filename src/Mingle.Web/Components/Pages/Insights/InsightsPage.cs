using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Mingle.Errors;
using Mingle.Insights;
using Mingle.Web.Auth;

namespace Mingle.Web.Components.Pages.Insights;

/// <summary>Base of the insights pages: query parameters, the caller's id for the audit log, JSON for the charts.</summary>
public abstract class InsightsPage : ComponentBase
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Inject] protected InsightsService Insights { get; set; } = null!;

    [Inject] protected IHttpContextAccessor Http { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "window")] public string? WindowParameter { get; set; }

    [SupplyParameterFromQuery(Name = "level")] public string? LevelParameter { get; set; }

    [SupplyParameterFromQuery(Name = "location")] public int? LocationParameter { get; set; }

    protected string Window => string.IsNullOrWhiteSpace(WindowParameter) ? "90d" : WindowParameter;

    protected string? Error { get; private set; }

    protected int Actor => Http.HttpContext!.User.PersonId();

    /// <summary>Runs a view; bad filters become a message on the page instead of an error page.</summary>
    protected async Task<T?> TryAsync<T>(Func<Task<T>> view) where T : class
    {
        try
        {
            return await view();
        }
        catch (ValidationException e)
        {
            Error = string.Join(" ", e.Errors.SelectMany(x => x.Value));
            return null;
        }
        catch (NotFoundException e)
        {
            Error = e.Message;
            return null;
        }
    }

    /// <summary>Chart data; System.Text.Json escapes &lt; and &gt;, so names cannot close the script element.</summary>
    protected static MarkupString JsonFor(object value) => new(JsonSerializer.Serialize(value, Json));

    protected static string F(double? value, string format = "0.###") =>
        value?.ToString(format, CultureInfo.InvariantCulture) ?? "—";

    protected static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %" : "—";
}
