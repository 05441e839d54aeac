namespace Tongxin.Web.Features.Bodies;

public static class BodyTypes
{
    public static string Name(BodyType t) => t switch
    {
        BodyType.PartyCommittee => Loc.T("党委（党工委）", "Party committee"),
        BodyType.StandingCommittee => Loc.T("常委会", "Standing committee"),
        BodyType.StudyGroup => Loc.T("理论学习中心组", "Theory study group"),
        BodyType.PartySchool => Loc.T("党校", "Party school"),
        BodyType.LeadingGroup => Loc.T("领导小组", "Leading group"),
        BodyType.WorkingOffice => Loc.T("办事机构", "Working office"),
        BodyType.JointMechanism => Loc.T("联席会议/工作机制", "Joint mechanism"),
        BodyType.Department => Loc.T("部门", "Department"),
        BodyType.InternalOffice => Loc.T("内设科室", "Internal office"),
        BodyType.ServiceCenter => Loc.T("事业单位", "Service centre"),
        BodyType.TownOffice => Loc.T("统战办公室", "Town UF office"),
        _ => t.ToString(),
    };
}
