namespace Tongxin.Data.Scope;

/// <summary>A write touched a row outside the user's subtree; the API turns it into 404 (never 403).</summary>
public sealed class OutOfScopeException(string entity) : Exception($"{entity} is outside the user's scope");
