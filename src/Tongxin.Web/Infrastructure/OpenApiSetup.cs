using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Tongxin.Web.Infrastructure;

/// <summary>The OpenAPI document (SYS-3): one schema per record, the bearer scheme declared and required.</summary>
public static class OpenApiSetup
{
    public const string BearerScheme = "Bearer";

    public static void Configure(OpenApiOptions o)
    {
        o.CreateSchemaReferenceId = SchemaId;
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "POST /api/v1/auth/token gives an access token; send it as "
                    + "Authorization: Bearer <token>.",
            };
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) =>
        {
            var endpoint = context.Description;
            var anonymous = endpoint.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
            if (!anonymous && endpoint.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [],
                });
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// Requests and rows are records nested in their handler (<c>SavePerson.Request</c>), so the default id, the
    /// bare type name, gave all 46 requests the one schema "Request". The declaring type makes each one unique.
    /// </summary>
    private static string? SchemaId(JsonTypeInfo info)
    {
        var id = OpenApiOptions.CreateDefaultSchemaReferenceId(info);
        return id is null || info.Type.Name.Contains('<') ? id : Name(info.Type);
    }

    private static string Name(Type t)
    {
        var name = t.Name;
        if (name.IndexOf('`') is var tick and >= 0) name = name[..tick];
        if (t.IsGenericType) name += "Of" + string.Concat(t.GetGenericArguments().Select(Name));
        return t.IsNested && !t.IsGenericParameter ? Name(t.DeclaringType!) + name : name;
    }
}
