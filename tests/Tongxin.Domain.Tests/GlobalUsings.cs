// The unit tests exercise the domain's rules and its text helpers.
global using Tongxin.Domain.Text;
