using Tongxin.Data.Scope;

namespace Tongxin.Web.Components.Shared;

/// <summary>
/// Runs a save from a page and turns the same errors the API returns into messages next to the fields.
/// </summary>
public sealed class FormState
{
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }
    public string? Message { get; private set; }
    public bool Conflict { get; private set; }
    public bool Busy { get; private set; }
    /// <summary>Saved and on its way to the next page: a late second click must not write again.</summary>
    public bool Left { get; private set; }

    /// <summary>After a successful save, go on to the saved record; the form takes no further submits.</summary>
    public void LeaveTo(Microsoft.AspNetCore.Components.NavigationManager nav, string url,
        Microsoft.AspNetCore.Components.NavigationOptions options = default)
    {
        Left = true;
        nav.NavigateTo(url, options);
    }

    public async Task<bool> TryAsync(Func<Task> save)
    {
        // A second click (or Enter) while the first save runs, or after it left, writes nothing:
        // one submit, one record.
        if (Busy || Left) return false;
        Errors = null;
        Message = null;
        Conflict = false;
        Busy = true;
        try
        {
            await save();
            return true;
        }
        catch (InvalidInputException ex) { Errors = ex.Errors; }
        catch (DbUpdateConcurrencyException)
        {
            Conflict = true;
            Message = Loc.T("该记录已被他人修改，您的修改未保存。请刷新后重新编辑。",
                "Someone else changed this record; your edit was not saved. Reload and edit again.");
        }
        catch (ConflictException ex) { Message = ex.Message; }
        // The database is unreachable or the audit row failed (SEC-15, FLT-2): say so on the form, nothing was saved.
        catch (Exception ex) when (DatabaseErrors.Unavailable(ex) is { } down) { Message = down; }
        catch (ForbiddenException ex) { Message = ex.Message; }
        catch (Exception ex) when (ex is NotFoundException or OutOfScopeException)
        {
            Message = Loc.T("记录不存在或不在您的数据范围内", "Not found or outside your scope");
        }
        finally { Busy = false; }
        return false;
    }
}
