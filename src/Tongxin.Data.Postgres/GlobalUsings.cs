// The provider set-up and its migrations build on EF Core.
global using Microsoft.EntityFrameworkCore;
