import Accounts
import Foundation
import Testing
import TestSupport

@Suite struct StateFolderTests {
    let folder = TemporaryFolder("tilstand")

    @Test func refusesToLieInsideTheCatalogueOrTheIndex() throws {
        let catalogue = folder.at("catalog"), index = folder.at("index")
        for inside in [catalogue + "/tilstand", index, index + "/x/y"] {
            #expect(throws: AccountsError.self) { try StateFolder(path: inside, outside: [catalogue, index]) }
        }
        #expect(!FileManager.default.fileExists(atPath: catalogue + "/tilstand"))
        _ = try StateFolder(path: folder.at("catalog-tilstand"), outside: [catalogue, index])
        let error = AccountsError.stateFolderInside(path: "catalog/x", folder: "catalog")
        #expect(error.description.contains("må ikke ligge i catalog"))
    }

    @Test func theSigningKeyIsMadeOnceAndKeptPrivate() throws {
        let state = try StateFolder(path: folder.at("s"))
        let key = try state.signingKey()
        #expect(key.count == 32)
        #expect(try StateFolder(path: folder.at("s")).signingKey() == key)
        #expect(try StateFolder(path: folder.at("andet")).signingKey() != key)
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.at("s")).first)
        let mode = try FileManager.default.attributesOfItem(atPath: folder.at("s/" + file))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.at("s")).count == 1, "no temporary file is left")
    }
}
