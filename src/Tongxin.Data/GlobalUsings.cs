// The namespaces nearly every file of the data layer uses; anything narrower is imported where it is used.
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
global using Tongxin.Data.Entities;
