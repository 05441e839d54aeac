using AntDesign;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Tongxin.Data.Diagnostics;
using Tongxin.Data.Postgres;
using Tongxin.Data.Scope;
using Tongxin.Data.Sqlite;
using Tongxin.Web.Features.Jobs;

namespace Tongxin.Web.Infrastructure;

public static class Services
{
    public static void AddTongxin(this WebApplicationBuilder builder)
    {
        var s = builder.Services;
        var tx = builder.Configuration.GetSection("Tongxin").Get<TongxinOptions>() ?? new TongxinOptions();
        s.Configure<TongxinOptions>(builder.Configuration.GetSection("Tongxin"));

        s.AddSingleton(TimeProvider.System);
        s.AddMemoryCache();
        s.AddSingleton<Features.People.ImportErrorFiles>();
        builder.AddKeyRing(tx);
        s.AddHttpContextAccessor();
        s.AddScoped<HttpCurrentUser>();
        s.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<HttpCurrentUser>());
        s.AddScoped<CurrentUser>();
        s.AddTongxinDb(builder.Configuration, tx);

        s.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = Domain.Accounts.PasswordPolicy.MinLength;
                o.Password.RequireDigit = o.Password.RequireLowercase =
                    o.Password.RequireUppercase = o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<TongxinDb>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<ClaimsFactory>()
            .AddPasswordValidator<PolicyPasswordValidator>()
            .AddErrorDescriber<ChineseIdentityErrors>();
        s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        s.ConfigureApplicationCookie(Cookies.Configure);
        s.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme,
            o => o.BearerTokenExpiration = TimeSpan.FromHours(1));

        s.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        s.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        // Sign-in is limited per user name and per client address by its handler (SignInThrottle).
        s.AddRateLimiter(o => o.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        s.AddSignInSecurity(tx);

        s.AddLocalization();
        s.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Loc.Chinese).AddSupportedCultures(Loc.Chinese, Loc.English)
                .AddSupportedUICultures(Loc.Chinese, Loc.English);
            // The cookie (the user's choice) wins. Only API clients are answered in their Accept-Language: browsers
            // send en-US by default, and the back office must stay Chinese unless the user picks English.
            var acceptLanguage = new AcceptLanguageHeaderRequestCultureProvider { Options = o };
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { Options = o },
                new CustomRequestCultureProvider(http => http.Request.Path.StartsWithSegments("/api/v1")
                    ? acceptLanguage.DetermineProviderCultureResult(http)
                    : Task.FromResult<ProviderCultureResult?>(null)) { Options = o },
            ];
        });

        // Before AddProblemDetails: writers are asked in order, and a browser gets an HTML page.
        s.AddTransient<IProblemDetailsWriter, HtmlProblemWriter>();
        s.AddProblemDetails(ProblemTitles.Configure);
        s.AddExceptionHandler<ProblemExceptionHandler>();
        s.AddTongxinHealth();
        s.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        s.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Encoder =
                System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
            // Enums travel as their names ("Adopted"), which clients can read and the document can list (SYS-3);
            // numbers are still accepted.
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
        s.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        s.AddOpenApi(OpenApiSetup.Configure);

        s.AddRazorComponents().AddInteractiveServerComponents();
        s.AddCascadingAuthenticationState();
        s.AddScoped<AuthenticationStateProvider, RevalidatingStateProvider>();
        s.AddAntDesign();
        s.AddHandlers();
    }

    public static void AddTongxinDb(this IServiceCollection s, IConfiguration config, TongxinOptions tx)
    {
        var db = config.GetSection("Tongxin:Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var cs = ConnectionTimeouts.Apply(
            db.ConnectionString ?? $"Data Source={Path.Combine(tx.FullDataPath, "tongxin.db")}", db.IsPostgres);
        s.AddSingleton(db);
        s.AddDbContextFactory<TongxinDb>(o =>
        {
            if (db.IsPostgres) PostgresProvider.Configure(o, cs);
            else SqliteProvider.Configure(o, cs);
            o.AddInterceptors(DbTime.Interceptor.Instance);
        }, ServiceLifetime.Scoped);
        s.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<TongxinDb>>().CreateDbContext());
        s.AddJobs(config, db, cs);
    }
}
