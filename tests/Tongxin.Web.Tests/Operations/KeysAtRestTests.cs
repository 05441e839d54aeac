using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongxin.Data.Audit;
using Tongxin.Data.Protection;
using Tongxin.Web.Cli;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Tests.Operations;

/// <summary>SEC-23, SEC-28: what a copy of the data folder or of a backup gives away without the master key.</summary>
public abstract class KeysAtRestTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SEC-23")]
    [Trait("Req", "SEC-28")]
    public async Task A_copy_of_the_data_folder_or_a_backup_without_the_master_key_cannot_decrypt_an_id_number()
    {
        var master = MasterKey.NewKey();
        await using var fresh = await app.FreshAsync(new() { ["Tongxin:MasterKey"] = master });
        var cipher = await fresh.WithDb("/", db => db.People.Where(p => p.IdCipher != null)
            .Select(p => p.IdCipher!).FirstAsync());
        var id = fresh.Services.GetRequiredService<FieldProtector>().Decrypt(cipher);
        id.Length.ShouldBe(18);

        var outside = Directory.CreateTempSubdirectory("tongxin-stolen").FullName;
        try
        {
            var zip = Path.Combine(outside, "backup.zip");
            var output = new StringWriter();
            (await BackupCommand.RunAsync(fresh.Services, zip, output)).ShouldBe(0, output.ToString());
            BackupCommand.CopyDirectory(fresh.DataPath, Path.Combine(outside, "copy"));
            ZipFile.ExtractToDirectory(zip, Path.Combine(outside, "backup"));
            var right = new LocalKeyWrapper(Convert.FromBase64String(master));
            var other = new LocalKeyWrapper(RandomNumberGenerator.GetBytes(32));
            string[] stolen = [Path.Combine(outside, "copy", "keys"), Path.Combine(outside, "backup", "keys")];
            foreach (var keys in stolen)
            {
                foreach (var name in new[] { "field-encryption.key", "field-index.key", "audit.key" })
                {
                    var text = File.ReadAllText(Path.Combine(keys, name));
                    text.ShouldStartWith(KeyFiles.Prefix);
                    // What the file holds is not a key: read as one (the old format), it decrypts nothing.
                    Should.Throw<FormatException>(() => Convert.FromBase64String(text));
                }
                Should.Throw<CryptographicException>(() => FieldProtector.LoadOrCreate(keys, other));
                Should.Throw<CryptographicException>(() => AuditSigner.LoadOrCreate(keys, other));
                FieldProtector.LoadOrCreate(keys, right).Decrypt(cipher).ShouldBe(id);
            }
            File.Exists(Path.Combine(outside, "copy", "master.key")).ShouldBeFalse();

            // The whole app on the stolen folder with another master key does not start.
            var refused = await Should.ThrowAsync<Exception>(() => app.FreshAsync(new()
            {
                ["Tongxin:DataPath"] = Path.Combine(outside, "copy"),
                ["Tongxin:MasterKey"] = MasterKey.NewKey(),
            }));
            refused.ToString().ShouldContain("主密钥不正确");
        }
        finally
        {
            Directory.Delete(outside, true);
        }
    }

    [Fact]
    [Trait("Req", "SEC-23")]
    public async Task The_cookie_key_ring_is_encrypted_with_the_master_key()
    {
        app.Require();
        (await app.SignInAs("staff")).Dispose();
        var ring = Directory.GetFiles(Path.Combine(app.KeysPath, "dataprotection"), "*.xml");
        ring.ShouldNotBeEmpty();
        foreach (var file in ring)
        {
            var xml = await File.ReadAllTextAsync(file);
            xml.ShouldContain("encryptedSecret");
            xml.ShouldNotContain("unencrypted form");
        }
        app.Logs.Lines.ShouldNotContain(l => l.Contains("No XML encryptor configured"));
    }
}

public sealed class KeysAtRestTestsSqlite(SqliteApp app) : KeysAtRestTests(app);
public sealed class KeysAtRestTestsPostgres(PostgresApp app) : KeysAtRestTests(app);
