// The rules share their text helpers (normalisation, messages in the reader's language).
global using Tongxin.Domain.Text;
