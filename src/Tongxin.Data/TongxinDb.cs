using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Tongxin.Data.Audit;
using Tongxin.Data.Scope;
using Tongxin.Domain.Regions;

namespace Tongxin.Data;

public sealed partial class TongxinDb : IdentityDbContext<AppUser, AppRole, string>
{
    private readonly ICurrentUser _user;
    private readonly AuditSigner _signer;
    private readonly TimeProvider _clock;
    private readonly List<AuditEntry> _pendingEvents = [];

    public TongxinDb(DbContextOptions<TongxinDb> options, ICurrentUser user, AuditSigner signer, TimeProvider clock)
        : base(options)
    {
        _user = user;
        _signer = signer;
        _clock = clock;
    }

    /// <summary>
    /// For migrations and maintenance statements (ANALYZE after a bulk load), which may index or analyse millions of
    /// rows: ANALYZE took 34 s on province data, past the default 30 s.
    /// </summary>
    public static readonly TimeSpan LongCommandTimeout = TimeSpan.FromHours(1);

    public ICurrentUser CurrentUser => _user;
    // Read at each query, not at construction: the user may be known only after the context was created.
    internal bool ScopeUnrestricted => _user.Unrestricted;
    // Unrestricted: ["", "~"), which holds every path (paths are "/" and digits). Nobody signed in: an empty range.
    internal string ScopeLow => _user.Unrestricted ? "" : _user.ScopePath ?? "";
    internal string ScopeHigh => _user.Unrestricted ? "~" : _user.ScopePath is { } s ? NodePath.Upper(s) : "";
    internal Guid? ScopeUnit => _user.Unrestricted ? null : _user.MemberUnitId;
    internal List<string> ScopeAncestors => _user.ScopePath is { } s ? NodePath.SelfAndAncestors(s).ToList() : [];

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<BodyMember> BodyMembers => Set<BodyMember>();
    public DbSet<MemberUnit> MemberUnits => Set<MemberUnit>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<PostAllocation> PostAllocations => Set<PostAllocation>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditHead> AuditHead => Set<AuditHead>();
    public DbSet<Setting> Settings => Set<Setting>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<DictionaryItem> DictionaryItems => Set<DictionaryItem>();
    public DbSet<NonPartyCadre> NonPartyCadres => Set<NonPartyCadre>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<PoliticalArrangement> PoliticalArrangements => Set<PoliticalArrangement>();
    public DbSet<AnnualReview> AnnualReviews => Set<AnnualReview>();
    public DbSet<Friendship> Friendships => Set<Friendship>();
    public DbSet<FriendshipContact> FriendshipContacts => Set<FriendshipContact>();
    public DbSet<TownOfficer> TownOfficers => Set<TownOfficer>();
    public DbSet<VillageLiaison> VillageLiaisons => Set<VillageLiaison>();
    public DbSet<PendingChange> PendingChanges => Set<PendingChange>();
    public DbSet<Suggestion> Suggestions => Set<Suggestion>();
    public DbSet<ExportRequest> ExportRequests => Set<ExportRequest>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ActivityAttachment> ActivityAttachments => Set<ActivityAttachment>();
    public DbSet<DutyRule> DutyRules => Set<DutyRule>();
    public DbSet<AssessmentScheme> AssessmentSchemes => Set<AssessmentScheme>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<TownAssessment> TownAssessments => Set<TownAssessment>();
    public DbSet<Score> Scores => Set<Score>();
    public DbSet<AssessmentReviewer> AssessmentReviewers => Set<AssessmentReviewer>();
    public DbSet<ReviewerScore> ReviewerScores => Set<ReviewerScore>();
    public DbSet<AssessmentResult> AssessmentResults => Set<AssessmentResult>();
    public DbSet<Tally> Tallies => Set<Tally>();
    public DbSet<TallyMark> TallyMarks => Set<TallyMark>();
    public DbSet<TallyGeneration> TallyGenerations => Set<TallyGeneration>();

    /// <summary>True when the signed-in user may write a row at this path (the user's own subtree).</summary>
    public bool InScope(string path) => ScopeUnrestricted || (_user.ScopePath is { } s && NodePath.Contains(s, path));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TongxinDb).Assembly);
        ScopeFilter.ApplyToAll(builder, this);
        ModelConventions.Apply(builder, Database.ProviderName);
    }
}
