namespace Tongxin.Data.Entities;

/// <summary>
/// An entity with columns that follow from its other columns (search keys, index helpers). <see cref="Derive"/> is
/// the one place they are computed: every save calls it for added and changed rows, and so does the bulk insert, so
/// no handler, seed or generator computes them by hand.
/// </summary>
public interface IHasDerivedFields
{
    void Derive();
}
