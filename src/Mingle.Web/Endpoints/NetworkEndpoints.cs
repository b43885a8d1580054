using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Mingle.Network;
using Mingle.Web.Auth;

namespace Mingle.Web.Endpoints;

/// <summary>
/// "My network": everything is under /api/me and scoped to the caller by the core services, so no role (Admin,
/// Analyst) reaches anyone else's entries, notes, log, balance or reminders (privacy rule 2).
/// </summary>
public static class NetworkEndpoints
{
    public static IEndpointRouteBuilder MapNetworkApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").RequireAuthorization().WithTags("My network");
        me.MapGet("/network", List).WithName("ListMyNetwork");
        me.MapPost("/network", Add).WithName("AddToMyNetwork");
        me.MapGet("/network/picture", Picture).WithName("GetMyEgoNetworkPicture");
        me.MapGet("/network/{personId:int}", Get).WithName("GetMyNetworkEntry");
        me.MapPut("/network/{personId:int}", Update).WithName("UpdateMyNetworkEntry");
        me.MapDelete("/network/{personId:int}", Remove).WithName("RemoveFromMyNetwork");
        me.MapPost("/network/{personId:int}/snooze", Snooze).WithName("SnoozeMyNetworkEntry");
        me.MapGet("/due", Due).WithName("ListDueToReconnect");
        me.MapGet("/connection-requests", Requests).WithName("ListMyConnectionRequests");
        me.MapPost("/connection-requests/{id:int}/accept", Accept).WithName("AcceptConnectionRequest");
        me.MapPost("/connection-requests/{id:int}/decline", Decline).WithName("DeclineConnectionRequest");
        me.MapGet("/interactions", Interactions).WithName("ListMyInteractions");
        me.MapPost("/interactions", RecordInteraction).WithName("RecordInteraction");
        me.MapGet("/interactions/{id:long}", GetInteraction).WithName("GetMyInteraction");
        me.MapDelete("/interactions/{id:long}", DeleteInteraction).WithName("DeleteMyInteraction");
        me.MapGet("/balance", Balance).WithName("GetMyBalance");
        me.MapGet("/notifications", ListNotifications).WithName("ListMyNotifications");
        return app;
    }

    static async Task<Ok<NetworkList>> List(ClaimsPrincipal user, MyNetwork network, CancellationToken ct,
        int? unit = null, int? location = null, int? level = null, string? tag = null, bool overdue = false) =>
        TypedResults.Ok(new NetworkList(await network.ListAsync(user.PersonId(), new NetworkQuery(unit, location, level, tag, overdue), ct)));

    static async Task<Created<AddToNetworkResult>> Add(AddToNetwork request, ClaimsPrincipal user, MyNetwork network, CancellationToken ct)
    {
        var result = await network.AddAsync(user.PersonId(), request, ct);
        return TypedResults.Created($"/api/me/network/{result.Entry.Entry.Person.Id}", result);
    }

    static async Task<Ok<NetworkEntryDetail>> Get(int personId, ClaimsPrincipal user, MyNetwork network, CancellationToken ct) =>
        TypedResults.Ok(await network.GetAsync(user.PersonId(), personId, ct));

    static async Task<Ok<NetworkEntryDetail>> Update(int personId, UpdateNetworkEntry request, ClaimsPrincipal user, MyNetwork network,
        CancellationToken ct) =>
        TypedResults.Ok(await network.UpdateAsync(user.PersonId(), personId, request, ct));

    static async Task<NoContent> Remove(int personId, ClaimsPrincipal user, MyNetwork network, CancellationToken ct)
    {
        await network.RemoveAsync(user.PersonId(), personId, ct);
        return TypedResults.NoContent();
    }

    static async Task<Ok<NetworkEntryDetail>> Snooze(int personId, SnoozeRequest request, ClaimsPrincipal user, MyNetwork network,
        CancellationToken ct)
    {
        await network.SnoozeAsync(user.PersonId(), personId, request.Until, ct);
        return TypedResults.Ok(await network.GetAsync(user.PersonId(), personId, ct));
    }

    static async Task<Ok<NetworkList>> Due(ClaimsPrincipal user, MyNetwork network, CancellationToken ct) =>
        TypedResults.Ok(new NetworkList(await network.DueAsync(user.PersonId(), ct)));

    static async Task<Ok<ConnectionRequestList>> Requests(ClaimsPrincipal user, MyNetwork network, CancellationToken ct) =>
        TypedResults.Ok(new ConnectionRequestList(await network.RequestsAsync(user.PersonId(), ct)));

    static async Task<Ok<NetworkEntryDetail>> Accept(int id, ClaimsPrincipal user, MyNetwork network, CancellationToken ct) =>
        TypedResults.Ok(await network.AcceptAsync(user.PersonId(), id, ct));

    static async Task<NoContent> Decline(int id, ClaimsPrincipal user, MyNetwork network, CancellationToken ct)
    {
        await network.DeclineAsync(user.PersonId(), id, ct);
        return TypedResults.NoContent();
    }

    static async Task<Ok<InteractionList>> Interactions(ClaimsPrincipal user, InteractionLog log, CancellationToken ct,
        int? with = null, DateOnly? from = null, DateOnly? to = null, int limit = 200) =>
        TypedResults.Ok(new InteractionList(await log.ListAsync(user.PersonId(), new InteractionQuery(with, from, to, limit), ct)));

    static async Task<Created<InteractionView>> RecordInteraction(LogInteraction request, ClaimsPrincipal user, InteractionLog log,
        CancellationToken ct)
    {
        var created = await log.RecordAsync(user.PersonId(), request, ct);
        return TypedResults.Created($"/api/me/interactions/{created.Id}", created);
    }

    static async Task<Ok<InteractionView>> GetInteraction(long id, ClaimsPrincipal user, InteractionLog log, CancellationToken ct) =>
        TypedResults.Ok(await log.GetAsync(user.PersonId(), id, ct));

    static async Task<NoContent> DeleteInteraction(long id, ClaimsPrincipal user, InteractionLog log, CancellationToken ct)
    {
        await log.DeleteAsync(user.PersonId(), id, ct);
        return TypedResults.NoContent();
    }

    static async Task<Ok<BalanceReport>> Balance(ClaimsPrincipal user, GiveTakeBalance balance, CancellationToken ct, string? window = "90d") =>
        TypedResults.Ok(await balance.ForAsync(user.PersonId(), window, ct));

    static async Task<Ok<EgoNetworkPicture>> Picture(ClaimsPrincipal user, EgoNetwork ego, CancellationToken ct) =>
        TypedResults.Ok(await ego.ForAsync(user.PersonId(), ct));

    static async Task<Ok<NotificationList>> ListNotifications(ClaimsPrincipal user, Notifications notifications, CancellationToken ct) =>
        TypedResults.Ok(new NotificationList(await notifications.ListAsync(user.PersonId(), ct)));

    public sealed record SnoozeRequest(DateOnly Until);

    public sealed record NetworkList(IReadOnlyList<NetworkEntryView> Items);

    public sealed record ConnectionRequestList(IReadOnlyList<ConnectionRequestView> Items);

    public sealed record InteractionList(IReadOnlyList<InteractionView> Items);

    public sealed record NotificationList(IReadOnlyList<NotificationView> Items);
}
