// What nearly every integration test uses: HTTP, JSON over HTTP and the test app's helpers.
global using System.Net;
global using System.Net.Http.Json;
global using Tongxin.Web.Tests.Infrastructure;
