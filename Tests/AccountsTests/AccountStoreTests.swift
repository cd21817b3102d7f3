import Accounts
import Foundation
import Testing
import TestSupport

/// The account store against a real SQLite file in a temporary folder.
@Suite struct AccountStoreTests {
    let folder = TemporaryFolder("konti")
    /// Cost 4 (bcrypt's least) keeps the tests quick; the hashing is the same.
    static let quick = PasswordPolicy(cost: 4)
    let centres = ["sundhedscenter", "aeldrecenter"]

    func store() throws -> AccountStore {
        try AccountStore(folder: StateFolder(path: folder.at("tilstand")), passwords: Self.quick)
    }

    @Test func createListFindAndVerify() throws {
        let store = try store()
        try store.create(name: "anna", password: "lang-nok-kode", role: .editor(centre: "sundhedscenter"), centres: centres)
        try store.create(name: "Bo", password: "en-anden-kode", role: .administrator, centres: centres)
        #expect(try store.list().map(\.name) == ["anna", "Bo"])
        let anna = try #require(try store.find(name: "ANNA"))
        #expect(anna.name == "anna" && anna.centre == "sundhedscenter" && !anna.isAdministrator)
        #expect(anna.mayEdit(centre: "sundhedscenter") && !anna.mayEdit(centre: "aeldrecenter"))
        #expect(try store.find(name: "bo")?.isAdministrator == true)
        #expect(try store.find(name: "bo")?.mayEdit(centre: "aeldrecenter") == true)
        #expect(try store.verify(name: "anna", password: "lang-nok-kode") == anna)
        #expect(try store.verify(name: "anna", password: "lang-nok-kodE") == nil)
        #expect(try store.verify(name: "ingen", password: "lang-nok-kode") == nil)
        #expect(try store.find(name: "ingen") == nil)
    }

    @Test func accountsOutliveTheStoreThatMadeThem() throws {
        try store().create(name: "anna", password: "lang-nok-kode", role: .administrator, centres: [])
        #expect(try store().verify(name: "anna", password: "lang-nok-kode")?.name == "anna")
    }

    @Test func namesAreUniqueWithoutRegardToCase() throws {
        let store = try store()
        try store.create(name: "Anna", password: "lang-nok-kode", role: .administrator, centres: [])
        #expect(throws: AccountsError.nameTaken("anna")) {
            try store.create(name: "anna", password: "lang-nok-kode", role: .administrator, centres: [])
        }
    }

    /// "Ødegaard" and "ødegaard", "Åse" in NFC and NFD, "anna" in fullwidth letters: each pair is one
    /// name (SQLite's NOCASE folds ASCII only), so a second account cannot pass for the first, and
    /// every form of the name finds the one account.
    @Test func lookAlikeNamesAreOneName() throws {
        let store = try store()
        for name in ["Ødegaard", "\u{C5}se", "anna", "Straße"] {
            try store.create(name: name, password: "lang-nok-kode", role: .administrator, centres: [])
        }
        for lookAlike in ["ødegaard", "ØDEGAARD", "A\u{30A}se", "a\u{30A}SE", "ａｎｎａ", "ＡＮＮＡ", "STRASSE"] {
            #expect(throws: AccountsError.self, "\(lookAlike)") {
                try store.create(name: lookAlike, password: "lang-nok-kode", role: .administrator, centres: [])
            }
        }
        #expect(try store.list().count == 4)
        #expect(try store.find(name: "ødegaard")?.name == "Ødegaard")
        #expect(try store.find(name: "A\u{30A}SE")?.name == "\u{C5}se")
        #expect(try store.find(name: "ａｎｎａ")?.name == "anna")
        #expect(try store.verify(name: "ØDEGAARD", password: "lang-nok-kode")?.name == "Ødegaard")
    }

    /// Zero-width, soft-hyphen, bidi and other invisible or control characters make names that look
    /// like another; they are refused with a Danish reason.
    @Test func namesWithInvisibleFormatOrControlCharactersAreRefused() throws {
        let store = try store()
        for name in ["an\u{200B}na", "anna\u{200D}", "\u{FEFF}anna", "an\u{AD}na", "anna\u{202E}", "an\u{2066}na", "an\u{7}na",
                     "an\nna", "an\u{2028}na", "anna\u{FE0F}", "an\u{3164}na"] {
            let error = #expect(throws: AccountsError.self, "\(name.unicodeScalars.map { String($0.value, radix: 16) })") {
                try store.create(name: name, password: "lang-nok-kode", role: .administrator, centres: [])
            }
            #expect(error?.description.hasPrefix("Brugernavnet kan ikke bruges: ") == true)
        }
        #expect(try store.list().isEmpty)
    }

    /// git writes each save with the editor as author: a name git would refuse or change
    /// ("<script>" is refused, "a<b" cut, ".anna" trimmed) is refused, and every name accepted is
    /// kept exactly by the real git.
    @Test func namesGitWouldRefuseOrChangeAreRefusedAndTheRestGitKeeps() throws {
        let store = try store()
        let repository = TemporaryFolder("git-forfatter")
        func git(_ arguments: [String]) throws -> CommandResult {
            try CommandRunner.runBlocking("/usr/bin/git", ["-c", "user.name=T", "-c", "user.email=t@t.invalid"] + arguments,
                                          workingDirectory: repository.path)
        }
        _ = try git(["init", "-q"])
        /// The author name git records for name, or nil when git refuses it.
        func authorAsGitKeepsIt(_ name: String) throws -> String? {
            let commit = try git(["commit", "-q", "--allow-empty", "-m", "x", "--author=\(name) <r@redaktionen.invalid>"])
            guard commit.status == 0 else { return nil }
            return try git(["log", "-1", "--format=%an"]).stdout.trimmingCharacters(in: .newlines)
        }
        for name in ["<script>", "a<b", "a>b", ".anna", "anna.", "anna:", "\"anna\"", "'anna'", "anna\\", ",anna", "anna;"] {
            #expect(try authorAsGitKeepsIt(name) != name, "git would keep \(name) after all")
            #expect(throws: AccountsError.self, "\(name)") {
                try store.create(name: name, password: "lang-nok-kode", role: .administrator, centres: [])
            }
        }
        for name in ["Ødegaard", "Anna-Sofie Hansen", "o'Neil", "J. Jensen", "an,na", "محمد", "李明"] {
            try store.create(name: name, password: "lang-nok-kode", role: .administrator, centres: [])
            #expect(try authorAsGitKeepsIt(name) == name)
        }
    }

    @Test func anEditorsCentreMustBeInTheCatalogue() throws {
        let store = try store()
        let error = #expect(throws: AccountsError.self) {
            try store.create(name: "anna", password: "lang-nok-kode", role: .editor(centre: "andet"), centres: centres)
        }
        #expect(error?.description == "Centret 'andet' findes ikke i katalogets centre.yaml. Kendte centre: sundhedscenter, aeldrecenter.")
        #expect(try store.list().isEmpty)
    }

    @Test func passwordsAreCheckedBeforeAnythingIsStored() throws {
        let store = try store()
        #expect(throws: AccountsError.passwordTooShort(minimum: 10)) {
            try store.create(name: "anna", password: "kort", role: .administrator, centres: [])
        }
        #expect(throws: AccountsError.passwordTooLong(maximumBytes: 72)) {
            try store.create(name: "anna", password: String(repeating: "ø", count: 40), role: .administrator, centres: [])
        }
        #expect(throws: AccountsError.passwordHasControlCharacters) {
            try store.create(name: "anna", password: "lang-nok\tkode", role: .administrator, centres: [])
        }
        #expect(throws: AccountsError.self) { try store.create(name: " anna", password: "lang-nok-kode", role: .administrator, centres: []) }
        #expect(throws: AccountsError.self) { try store.create(name: "", password: "lang-nok-kode", role: .administrator, centres: []) }
        #expect(try store.list().isEmpty)
        #expect(AccountsError.passwordTooShort(minimum: 10).description == "Adgangskoden skal have mindst 10 tegn.")
    }

    @Test func changingAPasswordRaisesTheGeneration() throws {
        let store = try store()
        let before = try store.create(name: "anna", password: "lang-nok-kode", role: .administrator, centres: [])
        let after = try store.changePassword(name: "anna", to: "helt-ny-kode-42")
        #expect(after.generation == before.generation + 1)
        #expect(try store.verify(name: "anna", password: "lang-nok-kode") == nil)
        #expect(try store.verify(name: "anna", password: "helt-ny-kode-42") == after)
        #expect(throws: AccountsError.unknownAccount("bo")) { try store.changePassword(name: "bo", to: "helt-ny-kode-42") }
    }

    @Test func deleting() throws {
        let store = try store()
        try store.create(name: "anna", password: "lang-nok-kode", role: .administrator, centres: [])
        try store.delete(name: "anna")
        #expect(try store.find(name: "anna") == nil)
        #expect(throws: AccountsError.unknownAccount("anna")) { try store.delete(name: "anna") }
    }

    @Test func theFileHoldsHashesNotPasswordsAndOnlyItsOwnerCanReadIt() throws {
        try store().create(name: "anna", password: "lang-nok-kode", role: .administrator, centres: [])
        let path = folder.at("tilstand/" + AccountStore.fileName)
        let bytes = try #require(FileManager.default.contents(atPath: path))
        #expect(bytes.range(of: Data("lang-nok-kode".utf8)) == nil)
        #expect(bytes.range(of: Data("$2b$04$".utf8)) != nil)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.at("tilstand"))[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
    }

    @Test func sessionsExpireAndTheirKeysAreNotStoredAsGiven() throws {
        let store = try store()
        let now = Date()
        #expect(try store.storeSession(key: "abc", value: Data("1".utf8), expires: now.addingTimeInterval(60)))
        #expect(try !store.storeSession(key: "abc", value: Data("2".utf8), expires: nil, replacing: false))
        try store.storeSession(key: "abc", value: Data("3".utf8), expires: nil)
        let kept = try #require(try store.session(key: "abc", now: now))
        #expect(kept.value == Data("3".utf8))
        #expect(abs(kept.expires!.timeIntervalSince(now) - 60) < 1, "a nil expiry keeps the old one")
        #expect(try store.session(key: "abc", now: now.addingTimeInterval(61)) == nil)
        #expect(try store.removeExpiredSessions(now: now.addingTimeInterval(61)) == 1)
        try store.storeSession(key: "def", value: Data("4".utf8), expires: nil)
        try store.removeSession(key: "def")
        #expect(try store.session(key: "def") == nil)
        try store.storeSession(key: "sessions-id-i-klartekst", value: Data("5".utf8), expires: nil)
        let bytes = try #require(FileManager.default.contents(atPath: folder.at("tilstand/" + AccountStore.fileName)))
        #expect(bytes.range(of: Data("sessions-id-i-klartekst".utf8)) == nil)
    }

    /// An account's id is never given again, not even to a new account of the same name, and
    /// deleting an account deletes its sessions in the same step.
    @Test func aDeletedAccountsIdIsNeverGivenAgainAndItsSessionsGoWithIt() throws {
        let store = try store()
        let first = try store.create(name: "anna", password: "lang-nok-kode", role: .editor(centre: "sundhedscenter"), centres: centres)
        try store.storeSession(key: "annas-cookie", value: Data("1".utf8), expires: nil, accountID: first.id)
        try store.storeSession(key: "en-andens", value: Data("2".utf8), expires: nil)
        try store.delete(name: "ANNA")
        #expect(try store.session(key: "annas-cookie") == nil)
        #expect(try store.session(key: "en-andens") != nil)
        let second = try store.create(name: "anna", password: "lang-nok-kode", role: .editor(centre: "aeldrecenter"), centres: centres)
        #expect(second.id > first.id)
        #expect(try store.find(id: first.id) == nil)
        #expect(try store.find(id: second.id)?.centre == "aeldrecenter")
        try store.delete(name: "anna")
        #expect(try store.create(name: "anna", password: "lang-nok-kode", role: .administrator, centres: []).id > second.id,
                "the newest id is not given again either")
    }

    /// An account file from before account ids and name keys (made here with the first schema by
    /// Python's sqlite3): its accounts keep their passwords and get ids, the older of two
    /// look-alikes keeps the name, and its sessions, which name only an account, end.
    @Test func anAccountFileFromBeforeIdsIsBroughtUpToDate() throws {
        let donor = TemporaryFolder("konti-donor")
        let made = try AccountStore(folder: StateFolder(path: donor.path), passwords: Self.quick)
        try made.create(name: "x", password: "lang-nok-kode", role: .administrator, centres: [])
        let schema = """
            CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
            INSERT INTO grdb_migrations VALUES ('1');
            CREATE TABLE account (
                name TEXT NOT NULL PRIMARY KEY COLLATE NOCASE, role TEXT NOT NULL, centre TEXT,
                password_hash TEXT NOT NULL, generation INTEGER NOT NULL DEFAULT 1,
                created_at DATETIME NOT NULL, password_changed_at DATETIME NOT NULL);
            CREATE TABLE session (key TEXT NOT NULL PRIMARY KEY, value BLOB NOT NULL, expires_at DOUBLE);
            CREATE INDEX session_expiry ON session(expires_at);
            INSERT INTO session VALUES ('k', x'7b7d', NULL);
            INSERT INTO account VALUES ('Ødegaard', 'administrator', NULL, '-', 1, '2026-01-01 10:00:00.000', '2026-01-01 10:00:00.000');
            INSERT INTO account VALUES ('ødegaard', 'administrator', NULL, '-', 1, '2026-02-01 10:00:00.000', '2026-02-01 10:00:00.000');
            INSERT INTO account VALUES ('Bo', 'administrator', NULL, '-', 1, '2026-03-01 10:00:00.000', '2026-03-01 10:00:00.000');
            """
        let script = """
            import sqlite3, sys
            hash = sqlite3.connect(sys.argv[1]).execute("SELECT password_hash FROM account").fetchone()[0]
            c = sqlite3.connect(sys.argv[2])
            c.executescript(sys.argv[3])
            c.execute("UPDATE account SET password_hash = ?", (hash,))
            c.commit()
            """
        try FileManager.default.createDirectory(atPath: folder.at("tilstand"), withIntermediateDirectories: true)
        let result = try CommandRunner.runBlocking("/usr/bin/python3", ["-c", script, donor.at(AccountStore.fileName),
                                                                        folder.at("tilstand/" + AccountStore.fileName), schema])
        #expect(result.status == 0, "\(result.stderr)")
        let store = try store()
        let accounts = try store.list()
        #expect(accounts.count == 3 && Set(accounts.map(\.id)).count == 3 && !accounts.contains { $0.id == 0 })
        #expect(try store.verify(name: "ØDEGAARD", password: "lang-nok-kode")?.name == "Ødegaard", "the older look-alike keeps the name")
        #expect(try store.find(name: "ødegaard")?.name == "ødegaard", "the later one is still found by its exact name")
        #expect(try store.verify(name: "bo", password: "lang-nok-kode")?.name == "Bo")
        #expect(try store.session(key: "k") == nil)
        #expect(throws: AccountsError.self) { try store.create(name: "BO", password: "lang-nok-kode", role: .administrator, centres: []) }
    }
}
