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
}
