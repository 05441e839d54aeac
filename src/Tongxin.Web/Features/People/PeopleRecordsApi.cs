using System.Security.Claims;
using Tongxin.Data.Entities;
using Tongxin.Web.Features.Arrangements;
using Tongxin.Web.Features.Cadres;
using Tongxin.Web.Features.Forces;
using Tongxin.Web.Features.Friendships;
using Tongxin.Web.Features.PendingChanges;
using Tongxin.Web.Features.Suggestions;
using Tongxin.Web.Infrastructure;
using Tongxin.Web.Security;

namespace Tongxin.Web.Features.People;

/// <summary>The people module beyond the register: 党外干部, 政治安排, 联谊交友, 镇村力量, 待审变更, 建言献策.</summary>
public static class PeopleRecordsApi
{
    public static void MapPeopleRecordsApi(this RouteGroupBuilder api)
    {
        var read = Permissions.Policy(Permissions.PeopleRead);
        var write = Permissions.Policy(Permissions.PeopleWrite);

        var cadres = api.MapGroup("/cadres").WithTags("Cadres");
        cadres.MapGet("/", (ListCadres h, [AsParameters] ListCadres.Query q, CancellationToken ct) => h.HandleAsync(q, ct)).RequireAuthorization(read);
        cadres.MapCreate<SaveCadre, SaveCadre.Request>("/", "/api/v1/cadres", (h, r, ct) => h.HandleAsync(null, r, ct)).RequireAuthorization(write);
        cadres.MapUpdate<SaveCadre, SaveCadre.Request>("/{id:guid}", (h, id, r, ct) => h.HandleAsync(id, r, ct)).RequireAuthorization(write);
        cadres.MapCreate<SavePlacement, SavePlacement.Request>("/placements", "/api/v1/cadres/placements", (h, r, ct) => h.HandleAsync(null, r, ct)).RequireAuthorization(write);
        cadres.MapUpdate<SavePlacement, SavePlacement.Request>("/placements/{id:guid}", (h, id, r, ct) => h.HandleAsync(id, r, ct)).RequireAuthorization(write);

        var seats = api.MapGroup("/arrangements").WithTags("Arrangements");
        seats.MapGet("/", (ListArrangements h, [AsParameters] ListArrangements.Query q, CancellationToken ct) => h.HandleAsync(q, ct)).RequireAuthorization(read);
        seats.MapCreate<SaveArrangement, SaveArrangement.Request>("/", "/api/v1/arrangements", (h, r, ct) => h.HandleAsync(null, r, ct)).RequireAuthorization(write);
        seats.MapUpdate<SaveArrangement, SaveArrangement.Request>("/{id:guid}", (h, id, r, ct) => h.HandleAsync(id, r, ct)).RequireAuthorization(write);
        seats.MapCreate<SaveAnnualReview, SaveAnnualReview.Request>("/reviews", "/api/v1/arrangements/reviews", (h, r, ct) => h.HandleAsync(r, ct)).RequireAuthorization(write);
        api.MapGet("/people/{id:guid}/records", (GetPersonRecords h, Guid id, CancellationToken ct) => h.HandleAsync(id, ct)).WithTags("People").RequireAuthorization(read);

        var pairs = api.MapGroup("/friendships").WithTags("Friendships");
        pairs.MapGet("/", (ListFriendships h, [AsParameters] ListFriendships.Query q, CancellationToken ct) => h.HandleAsync(q, ct)).RequireAuthorization(read);
        pairs.MapCreate<SaveFriendship, SaveFriendship.Request>("/", "/api/v1/friendships", (h, r, ct) => h.HandleAsync(r, ct)).RequireAuthorization(write);
        pairs.MapPost("/{id:guid}/contacts", async (AddFriendshipContact h, Guid id, AddFriendshipContact.Request r, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/friendships/{id}", new { id = await h.HandleAsync(id, r, ct) })).RequireAuthorization(write);

        var forces = api.MapGroup("/forces").WithTags("Town and village forces");
        forces.MapGet("/towns", (TownCoverage h, CancellationToken ct) => h.HandleAsync(ct)).RequireAuthorization(read);
        forces.MapGet("/villages", (VillageCoverage h, Guid? townId, CancellationToken ct) => h.HandleAsync(townId, ct)).RequireAuthorization(read);
        forces.MapCreate<AppointTownOfficer, AppointTownOfficer.Request>("/town-officers", "/api/v1/forces/town-officers", (h, r, ct) => h.HandleAsync(r, ct)).RequireAuthorization(write);
        forces.MapCreate<AssignVillageLiaison, AssignVillageLiaison.Request>("/village-liaisons", "/api/v1/forces/village-liaisons", (h, r, ct) => h.HandleAsync(r, ct)).RequireAuthorization(write);
        forces.MapPost("/{id:guid}/end", async (EndAppointment h, Guid id, CancellationToken ct) => { await h.HandleAsync(id, ct); return TypedResults.NoContent(); })
            .RequireAuthorization(write);

        var pending = api.MapGroup("/pending-changes").WithTags("Pending changes");
        pending.MapGet("/", (ListPendingChanges h, [AsParameters] ListPendingChanges.Query q, CancellationToken ct) => h.HandleAsync(q, ct)).RequireAuthorization(read);
        pending.MapGet("/{id:guid}", (GetPendingChange h, ClaimsPrincipal u, Guid id, CancellationToken ct) => h.HandleAsync(id, u.Can(Permissions.PeopleSensitive), ct))
            .RequireAuthorization(read);
        pending.MapPost("/", async (ProposeChange h, ClaimsPrincipal u, Guid? personId, SavePerson.Request r, CancellationToken ct) =>
            TypedResults.Created("/api/v1/pending-changes", new { id = await h.HandleAsync(personId, r, u.Can(Permissions.PeopleSensitive), ct) }))
            .RequireAuthorization(Permissions.Policy(Permissions.PeoplePropose));
        pending.MapPost("/{id:guid}/decision", async (DecidePendingChange h, Guid id, DecidePendingChange.Request r, CancellationToken ct) =>
            TypedResults.Ok(new { personId = await h.HandleAsync(id, r, ct) })).RequireAuthorization(Permissions.Policy(Permissions.PeopleApprove));

        var ideas = api.MapGroup("/suggestions").WithTags("Suggestions");
        ideas.MapGet("/", (ListSuggestions h, [AsParameters] ListSuggestions.Query q, CancellationToken ct) => h.HandleAsync(q, ct)).RequireAuthorization(read);
        ideas.MapCreate<SaveSuggestion, SaveSuggestion.Request>("/", "/api/v1/suggestions", (h, r, ct) => h.HandleAsync(null, r, ct)).RequireAuthorization(write);
        ideas.MapUpdate<SaveSuggestion, SaveSuggestion.Request>("/{id:guid}", (h, id, r, ct) => h.HandleAsync(id, r, ct)).RequireAuthorization(write);
        ideas.MapPost("/{id:guid}/handling", async (HandleSuggestion h, Guid id, HandleSuggestion.Request r, CancellationToken ct) =>
        { await h.HandleAsync(id, r, ct); return TypedResults.NoContent(); }).RequireAuthorization(write);

        api.MapDelete("/people-records/{kind}/{id:guid}", async (RemovePeopleRecord h, string kind, Guid id, CancellationToken ct) =>
        { await h.HandleAsync(kind, id, ct); return TypedResults.NoContent(); }).WithTags("People").RequireAuthorization(write);
    }
}
