namespace Tongxin.Domain.Text;

/// <summary>ACC-4 masking: 3704**********1234, 138****5678.</summary>
public static class Mask
{
    public static string IdNumber(string? id) =>
        string.IsNullOrEmpty(id) ? "" : id.Length <= 8 ? new string('*', id.Length)
            : id[..4] + new string('*', id.Length - 8) + id[^4..];

    public static string Phone(string? phone) =>
        string.IsNullOrEmpty(phone) ? "" : phone.Length < 7 ? new string('*', phone.Length)
            : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];
}
