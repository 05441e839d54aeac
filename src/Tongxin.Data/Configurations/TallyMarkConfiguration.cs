using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tongxin.Data.Entities;

namespace Tongxin.Data.Configurations;

internal sealed class TallyMarkConfiguration : IEntityTypeConfiguration<TallyMark>
{
    public void Configure(EntityTypeBuilder<TallyMark> b)
    {
    }
}
