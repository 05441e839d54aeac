// The namespaces nearly every feature file uses; anything narrower is imported where it is used.
global using Microsoft.EntityFrameworkCore;
global using Tongxin.Data;
global using Tongxin.Data.Entities;
global using Tongxin.Domain.Plans;
global using Tongxin.Web.Infrastructure;
global using Tongxin.Web.Security;
